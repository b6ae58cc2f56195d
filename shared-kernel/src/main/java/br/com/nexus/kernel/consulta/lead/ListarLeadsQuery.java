package br.com.nexus.kernel.consulta.lead;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.OrigemLead;
import java.time.Instant;

/**
 * Lists a tenant's leads, newest first unless sorted otherwise; every filter is optional.
 * {@code busca} matches part of the name or e-mail, or the phone's digits. Sortable fields:
 * {@code capturadoEm}, {@code atualizadoEm}, {@code nome}, {@code etapa}. Answered with a
 * {@link PaginaDeLeads}.
 */
public record ListarLeadsQuery(
        TenantId tenantId,
        EtapaLead etapa,
        OrigemLead origem,
        String busca,
        Instant capturadoDe,
        Instant capturadoAte,
        Ordenacao ordenacao,
        int page,
        int size) {
}
