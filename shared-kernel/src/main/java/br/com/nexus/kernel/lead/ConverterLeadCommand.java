package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Converts a lead into a cliente; requires a valid CPF. */
public record ConverterLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        ClienteId clienteId,
        Cpf cpf) {
}
