package br.com.nexus.kernel.consulta.funil;

import br.com.nexus.kernel.lead.EtapaLead;

/** Median seconds spent in a stage, over the {@code leads} that already left it. */
public record TempoNaEtapa(
        EtapaLead etapa,
        long leads,
        long medianaSegundos) {
}
