package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;

/**
 * The lead became a cliente. {@code telefone} is the lead's, landline or mobile; only a mobile becomes
 * the cliente's WhatsApp. Same stored JSON as when it was a
 * {@link br.com.nexus.kernel.comum.TelefoneWhatsapp}, so older events read as they are.
 */
public record LeadConvertido(
        LeadId leadId,
        TenantId tenantId,
        ClienteId clienteId,
        Cpf cpf,
        String nome,
        Telefone telefone,
        String email) {
}
