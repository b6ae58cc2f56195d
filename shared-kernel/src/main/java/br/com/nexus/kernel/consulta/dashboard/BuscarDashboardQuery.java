package br.com.nexus.kernel.consulta.dashboard;

import br.com.nexus.kernel.comum.TenantId;

/** Asks for the tenant's dashboard figures; answered with a {@link Dashboard}. */
public record BuscarDashboardQuery(TenantId tenantId) {
}
