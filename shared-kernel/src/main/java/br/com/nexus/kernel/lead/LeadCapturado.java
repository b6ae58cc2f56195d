package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;

/** A lead entered the funnel. */
public record LeadCapturado(
        LeadId leadId,
        TenantId tenantId,
        String nome,
        TelefoneWhatsapp telefone,
        String email,
        OrigemLead origem,
        String interesse) {
}
