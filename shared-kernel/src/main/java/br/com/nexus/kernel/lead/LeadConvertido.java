package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;

/** The lead became a cliente. */
public record LeadConvertido(
        LeadId leadId,
        TenantId tenantId,
        ClienteId clienteId,
        Cpf cpf,
        String nome,
        TelefoneWhatsapp telefone,
        String email) {
}
