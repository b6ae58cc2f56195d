package br.com.nexus.kernel.consulta.funil;

import br.com.nexus.kernel.lead.EtapaLead;
import java.math.BigDecimal;

/**
 * Of the {@code alcancaram} leads that reached stage {@code de}, {@code avancaram} went on to reach
 * {@code para}; {@code taxa} is that percentage with two decimals (zero when none reached {@code de}).
 */
public record ConversaoEtapa(
        EtapaLead de,
        EtapaLead para,
        long alcancaram,
        long avancaram,
        BigDecimal taxa) {
}
