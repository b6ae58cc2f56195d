package br.com.nexus.app.console;

import br.com.nexus.kernel.lead.EtapaLead;
import java.util.Arrays;
import java.util.List;

/**
 * Where the board may send a lead: a later stage (skipping allowed), lost from any open stage,
 * reopened when lost. The aggregate still decides; these are only the choices offered.
 */
enum MovimentoDoLead {
    CONTATADO(EtapaLead.CONTATADO, "Contatado"),
    QUALIFICADO(EtapaLead.QUALIFICADO, "Qualificado"),
    AGENDADO(EtapaLead.AGENDADO, "Agendado"),
    CONVERTIDO(EtapaLead.CONVERTIDO, "Convertido"),
    PERDIDO(EtapaLead.PERDIDO, "Perdido"),
    REABERTO(null, "Reabrir");

    private final EtapaLead etapa;
    private final String rotulo;

    MovimentoDoLead(EtapaLead etapa, String rotulo) {
        this.etapa = etapa;
        this.rotulo = rotulo;
    }

    public String rotulo() {
        return rotulo;
    }

    /** The stage the lead ends in, or null when it depends on where it was (reopening). */
    EtapaLead etapa() {
        return etapa;
    }

    /** Asks for more than the destination: a date, a reason or a CPF. */
    public boolean pedeDados() {
        return this == AGENDADO || this == CONVERTIDO || this == PERDIDO || this == REABERTO;
    }

    static List<MovimentoDoLead> aPartirDe(EtapaLead atual) {
        return switch (atual) {
            case CONVERTIDO -> List.of();
            case PERDIDO -> List.of(REABERTO);
            default -> Arrays.stream(values())
                    .filter(m -> m == PERDIDO || (m.etapa != null && m.etapa.ordinal() > atual.ordinal()))
                    .toList();
        };
    }

    /** Whether the lead, as the read model now shows it, has made this move. */
    boolean feito(EtapaLead agora) {
        return etapa == null ? agora != EtapaLead.PERDIDO : agora == etapa;
    }
}
