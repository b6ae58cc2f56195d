package br.com.nexus.kernel.consulta.lead;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.LeadId;

/** Asks for one lead of the tenant; answered with an optional {@link LeadResumo}. */
public record BuscarLeadQuery(
        TenantId tenantId,
        LeadId leadId) {
}
