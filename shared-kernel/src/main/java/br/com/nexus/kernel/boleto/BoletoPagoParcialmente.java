package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;

/** A payment covered part of the boleto; {@code saldo} is what is still owed. */
public record BoletoPagoParcialmente(
        BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId,
        Dinheiro valorPago,
        Dinheiro saldo) {
}
