package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Captures a new lead; its phone must be unique among the tenant's open leads. */
public record CapturarLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        String nome,
        Telefone telefone,
        String email,
        OrigemLead origem,
        String interesse) {
}
