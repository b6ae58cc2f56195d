package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;

/**
 * Part of a payment of the boleto went back to the payer without undoing it: a paid boleto stays
 * paid, a partly paid one owes {@code saldo} again. {@code valorRecebido} is what the boleto has
 * received after the refund.
 */
public record EstornoNoBoletoRegistrado(
        BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId,
        String estornoId,
        Dinheiro valorEstornado,
        Dinheiro valorRecebido,
        Dinheiro saldo,
        String motivo) {
}
