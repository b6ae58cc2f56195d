package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;

/** An appointment was scheduled with the lead. */
public record LeadAgendado(
        LeadId leadId,
        TenantId tenantId,
        Instant dataHora,
        String procedimento) {
}
