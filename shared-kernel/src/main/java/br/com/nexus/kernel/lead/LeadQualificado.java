package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;

/** The lead was qualified. */
public record LeadQualificado(
        LeadId leadId,
        TenantId tenantId,
        String observacao) {
}
