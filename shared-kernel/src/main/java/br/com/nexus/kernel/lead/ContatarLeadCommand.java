package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the first contact with a lead. */
public record ContatarLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        String observacao) {
}
