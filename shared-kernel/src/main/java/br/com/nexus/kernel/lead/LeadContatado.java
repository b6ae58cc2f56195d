package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;

/** The lead was contacted. */
public record LeadContatado(
        LeadId leadId,
        TenantId tenantId,
        String observacao) {
}
