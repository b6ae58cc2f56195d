package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a lead as lost, with the reason. */
public record PerderLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        String motivo) {
}
