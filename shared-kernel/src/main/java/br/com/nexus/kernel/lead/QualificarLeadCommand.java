package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a lead as qualified. */
public record QualificarLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        String observacao) {
}
