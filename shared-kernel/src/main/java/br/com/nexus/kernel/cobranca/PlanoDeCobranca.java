package br.com.nexus.kernel.cobranca;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the régua still has for one boleto: its steps in order (those already handled left out) and
 * the instant the boleto counts as overdue.
 */
public record PlanoDeCobranca(List<EtapaPlanejada> etapas, Instant vencidoEm) {

    public PlanoDeCobranca {
        etapas = List.copyOf(etapas);
    }

    /** The steps due at {@code agora}: at most one is {@link EtapaPlanejada.Situacao#PREVISTA}, the latest one. */
    public List<EtapaPlanejada> devidasAte(Instant agora) {
        return etapas.stream().filter(e -> !e.prevista() || !e.quando().isAfter(agora)).toList();
    }

    /** The next step still to go out after {@code agora}. */
    public Optional<EtapaPlanejada> proximaDepoisDe(Instant agora) {
        return etapas.stream().filter(e -> e.prevista() && e.quando().isAfter(agora)).findFirst();
    }
}
