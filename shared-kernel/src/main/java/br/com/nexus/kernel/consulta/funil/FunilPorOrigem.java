package br.com.nexus.kernel.consulta.funil;

import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.OrigemLead;
import java.util.Map;

/** The leads of one origem by the stage they are in now. */
public record FunilPorOrigem(
        OrigemLead origem,
        long total,
        Map<EtapaLead, Long> porEtapa) {
}
