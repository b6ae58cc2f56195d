package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;

/** The money arrived. */
public record PagamentoConfirmado(
        PagamentoId pagamentoId,
        TenantId tenantId,
        BoletoId boletoId,
        Dinheiro valorPago,
        LocalDate dataPagamento,
        String providerEventId) {
}
