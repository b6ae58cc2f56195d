package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.lead.LeadResumo;
import br.com.nexus.kernel.lead.EtapaLead;
import java.util.List;

/** One column of the leads board: a stage, how many leads are in it, and the cards shown. */
record ColunaDoFunil(EtapaLead etapa, long total, List<Cartao> cartoes) {

    /** A lead on the board and the moves offered from where it is. */
    record Cartao(LeadResumo lead, List<MovimentoDoLead> movimentos) {
    }

    public boolean cortada() {
        return total > cartoes.size();
    }
}
