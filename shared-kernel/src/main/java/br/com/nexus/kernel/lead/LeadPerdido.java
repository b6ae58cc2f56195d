package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;

/** The lead was lost. */
public record LeadPerdido(
        LeadId leadId,
        TenantId tenantId,
        String motivo,
        EtapaLead etapaAnterior) {
}
