package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;

/** A lost lead was reopened at the given stage. */
public record LeadReaberto(
        LeadId leadId,
        TenantId tenantId,
        String motivo,
        EtapaLead etapa) {
}
