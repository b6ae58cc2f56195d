package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;

/**
 * The provider reported an amount that differs from what was charged. The payment stays pending
 * until a human decides; the boleto is not marked paid.
 */
public record PagamentoDivergente(
        PagamentoId pagamentoId,
        TenantId tenantId,
        BoletoId boletoId,
        Dinheiro valorEsperado,
        Dinheiro valorRecebido,
        LocalDate dataPagamento,
        String providerEventId) {
}
