package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;

/**
 * The cliente a converted lead was to become could not be registered (for example, its CPF already
 * belongs to another cliente of the tenant). The lead stays converted; someone must reconcile it.
 * {@code codigo} is the rejection's stable code, such as {@code CPF_DUPLICADO}.
 */
public record CadastroDeClienteRecusado(
        LeadId leadId,
        TenantId tenantId,
        ClienteId clienteId,
        Cpf cpf,
        String codigo,
        String motivo) {
}
