package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;

/** The boleto was paid. */
public record BoletoPago(
        BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId) {
}
