package br.com.nexus.command.portal.navegador;

import java.time.Duration;

/**
 * The time left for one cliente. Every wait is bounded by it, so a cliente never takes longer
 * than its budget however many pages are slow.
 */
final class Prazo {

    private final long fimNanos;
    private final Duration total;

    private Prazo(long fimNanos, Duration total) {
        this.fimNanos = fimNanos;
        this.total = total;
    }

    static Prazo de(Duration total) {
        return new Prazo(System.nanoTime() + total.toNanos(), total);
    }

    /** Milliseconds for the next wait: at most {@code limite}, never past the deadline. */
    double ms(Duration limite) {
        long restante = fimNanos - System.nanoTime();
        if (restante <= 0) {
            throw new TempoEsgotado(total);
        }
        return Math.max(1, Math.min(limite.toMillis(), restante / 1_000_000));
    }

    boolean esgotado() {
        return fimNanos - System.nanoTime() <= 0;
    }

    Duration total() {
        return total;
    }

    /** The cliente's budget ran out. */
    static final class TempoEsgotado extends RuntimeException {

        TempoEsgotado(Duration total) {
            super("Tempo por cliente esgotado (" + total.toSeconds() + " s)");
        }
    }
}
