package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;

/**
 * A lead entered the funnel. {@code telefone} may be a landline or a mobile; it was a
 * {@link br.com.nexus.kernel.comum.TelefoneWhatsapp} before landlines were accepted, and both types
 * store the same JSON ({@code numero}, {@code original}), so events stored before read as they are,
 * with no revision or upcaster.
 */
public record LeadCapturado(
        LeadId leadId,
        TenantId tenantId,
        String nome,
        Telefone telefone,
        String email,
        OrigemLead origem,
        String interesse) {
}
