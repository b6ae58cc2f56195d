package br.com.nexus.command.whatsapp.evolution;

import java.net.URI;
import java.util.Objects;

/**
 * Where one tenant's instance lives and the instance token that authorizes calls on it.
 * {@link #toString()} never shows the token.
 */
public record ConexaoEvolution(URI servidor, String instancia, String apiKey) {

    public ConexaoEvolution {
        Objects.requireNonNull(servidor, "servidor");
        Objects.requireNonNull(instancia, "instancia");
    }

    /** Names the instance's circuit breaker: one per server and instance. */
    public String chave() {
        return servidor + "|" + instancia;
    }

    @Override
    public String toString() {
        return "ConexaoEvolution[" + servidor + ", " + instancia + "]";
    }
}
