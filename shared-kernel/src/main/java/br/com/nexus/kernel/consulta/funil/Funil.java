package br.com.nexus.kernel.consulta.funil;

import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.lead.EtapaLead;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The funnel of the leads captured in a period.
 *
 * @param porEtapa     leads by the stage they are in now
 * @param alcancaram   leads that reached each stage at some point (skipped stages count as reached)
 * @param conversoes   from each stage to the next one, how many of those that reached it went on
 * @param tempoNaEtapa median time spent in each stage by the leads that left it
 * @param periodos     captured, converted and lost leads per bucket of {@code agrupamento}
 */
public record Funil(
        LocalDate de,
        LocalDate ate,
        long total,
        Map<EtapaLead, Long> porEtapa,
        Map<EtapaLead, Long> alcancaram,
        List<FunilPorOrigem> porOrigem,
        List<ConversaoEtapa> conversoes,
        List<TempoNaEtapa> tempoNaEtapa,
        List<MotivoPerda> motivosPerda,
        Agrupamento agrupamento,
        List<FunilPorPeriodo> periodos) {
}
