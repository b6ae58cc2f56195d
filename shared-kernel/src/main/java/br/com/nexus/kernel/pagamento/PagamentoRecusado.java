package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.comum.TenantId;

/** The provider refused the payment. */
public record PagamentoRecusado(
        PagamentoId pagamentoId,
        TenantId tenantId,
        String motivo,
        String providerEventId) {
}
