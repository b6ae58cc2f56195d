package br.com.nexus.kernel.lead;

/** Stages of the sales funnel, in forward order. */
public enum EtapaLead {
    CAPTURADO,
    CONTATADO,
    QUALIFICADO,
    AGENDADO,
    CONVERTIDO,
    PERDIDO
}
