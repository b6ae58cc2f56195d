package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/**
 * A tenant's anti-ban schedule, as pure arithmetic over {@link RegrasDeRitmo}: whether the daily
 * window is open, when it opens next, and when the send after this one may go out. The sender
 * stores the result and claims nothing before it, so pacing is a schedule, never a sleep.
 */
public final class RitmoDeEnvio {

    private static final Duration DIGITACAO_MINIMA = Duration.ofSeconds(1);

    private final RegrasDeRitmo regras;
    private final RandomGenerator aleatorio;

    public RitmoDeEnvio(RegrasDeRitmo regras, RandomGenerator aleatorio) {
        this.regras = regras;
        this.aleatorio = aleatorio;
    }

    /** When the next send may go out, and how many sends the current run (since the last long pause) has. */
    public record Proximo(Instant quando, int enviosNaSequencia) {
    }

    public boolean janelaAberta(Instant agora) {
        LocalTime inicio = regras.janelaInicio();
        LocalTime fim = regras.janelaFim();
        if (inicio.equals(fim)) {
            return true;
        }
        LocalTime hora = agora.atZone(regras.fuso()).toLocalTime();
        if (inicio.isBefore(fim)) {
            return !hora.isBefore(inicio) && hora.isBefore(fim);
        }
        return !hora.isBefore(inicio) || hora.isBefore(fim);
    }

    /** {@code agora} when the window is open, else the instant it next opens. */
    public Instant proximaAbertura(Instant agora) {
        if (janelaAberta(agora)) {
            return agora;
        }
        ZonedDateTime local = agora.atZone(regras.fuso());
        ZonedDateTime hoje = ZonedDateTime.of(local.toLocalDate(), regras.janelaInicio(), regras.fuso());
        return (hoje.isAfter(local) ? hoje : hoje.plusDays(1)).toInstant();
    }

    /**
     * After a send at {@code agora} that follows {@code enviosNaSequencia} others since the last
     * long pause: a random gap in [intervaloMinimo, intervaloMaximo], plus the long pause when this
     * send completes a run of {@code pausaAposEnvios}.
     */
    public Proximo aposEnvio(Instant agora, int enviosNaSequencia) {
        int nestaSequencia = enviosNaSequencia + 1;
        Duration intervalo = sortear(regras.intervaloMinimo(), regras.intervaloMaximo());
        if (regras.pausaAposEnvios() > 0 && nestaSequencia >= regras.pausaAposEnvios()) {
            return new Proximo(agora.plus(intervalo).plus(regras.pausa()), 0);
        }
        return new Proximo(agora.plus(intervalo), nestaSequencia);
    }

    /** How long "typing…" shows before this message: random, up to the tenant's maximum. */
    public Duration digitacao() {
        Duration maxima = regras.digitacaoMaxima();
        if (maxima.isZero()) {
            return Duration.ZERO;
        }
        Duration minima = maxima.compareTo(DIGITACAO_MINIMA) < 0 ? maxima : DIGITACAO_MINIMA;
        return sortear(minima, maxima);
    }

    private Duration sortear(Duration minimo, Duration maximo) {
        long de = minimo.toMillis();
        long ate = maximo.toMillis();
        return Duration.ofMillis(ate <= de ? de : aleatorio.nextLong(de, ate + 1));
    }
}
