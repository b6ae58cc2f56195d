package br.com.nexus.kernel.consulta.pagamento;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;

/** Asks for one pagamento of the tenant; answered with an optional {@link PagamentoResumo}. */
public record BuscarPagamentoQuery(
        TenantId tenantId,
        PagamentoId pagamentoId) {
}
