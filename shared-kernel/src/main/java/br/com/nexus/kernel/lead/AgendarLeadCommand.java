package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedules an appointment (avaliação, procedimento, visita) with a lead. */
public record AgendarLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        TenantId tenantId,
        Instant dataHora,
        String procedimento) {
}
