package br.com.nexus.kernel.consulta.funil;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.lead.OrigemLead;
import java.time.LocalDate;

/**
 * Asks for the sales funnel of the leads captured from {@code de} to {@code ate} (inclusive,
 * business dates), optionally of one origem; answered with a {@link Funil}.
 */
public record BuscarFunilQuery(
        TenantId tenantId,
        LocalDate de,
        LocalDate ate,
        OrigemLead origem,
        Agrupamento agrupamento) {
}
