package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.RegrasDeRetentativa;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The gateway's short retry of a transient failure (Evolution down, a timeout, no connection):
 * exponential backoff with ±20 % jitter, capped at half an hour, for the tenant's few attempts. It is
 * how one message gets out, not the collection process: once the attempts run out the dispatch is
 * abandoned, and what follows (the régua's next step) is {@code CobrancaSaga}'s decision.
 */
public final class Retentativas {

    static final Duration TETO = Duration.ofMinutes(30);
    private static final double JITTER = 0.2;

    private Retentativas() {
    }

    /** Whether attempt {@code tentativa} failing leaves room for another one. */
    public static boolean restaTentativa(RegrasDeRetentativa regras, int tentativa) {
        return tentativa < regras.tentativasMaximas();
    }

    /** When to try again after attempt {@code tentativa} failed at {@code falha}. */
    public static Instant proxima(RegrasDeRetentativa regras, int tentativa, Instant falha, RandomGenerator aleatorio) {
        long base = regras.base().toMillis();
        int expoente = Math.min(Math.max(tentativa - 1, 0), 30);
        double espera = Math.min((double) base * (1L << expoente), TETO.toMillis());
        double fator = 1 + JITTER * (2 * aleatorio.nextDouble() - 1);
        return falha.plusMillis(Math.round(espera * fator));
    }
}
