package br.com.nexus.app.console;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * The read models follow the commands a moment later. After an action the console waits, at most
 * a couple of seconds, for the page it returns to to reflect it; past that it shows what it has.
 */
@Component
class Leitura {

    private static final Duration LIMITE = Duration.ofSeconds(3);
    private static final long INTERVALO_MS = 50;

    void aguardar(BooleanSupplier refletido) {
        long fim = System.nanoTime() + LIMITE.toNanos();
        while (!refletido.getAsBoolean() && System.nanoTime() < fim) {
            try {
                Thread.sleep(INTERVALO_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
