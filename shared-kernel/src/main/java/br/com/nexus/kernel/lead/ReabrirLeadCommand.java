package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a lost lead at the stage it was lost from. */
public record ReabrirLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        String motivo) {
}
