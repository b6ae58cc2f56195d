package br.com.nexus.command.whatsapp.envio;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.springframework.stereotype.Component;

/**
 * Keeps the tenant's minimum gap between the moments sends actually leave for one instance. The
 * queue ({@link FilaDeEnvio#reivindicar}) paces the claims, but what a send does before its call
 * (the connection check, the JID lookup, reading the PDF) takes longer for one than for the next,
 * so two calls could leave closer than the gap. Each call first takes its turn here, and waits at
 * most the part of the gap not yet elapsed: a few milliseconds in practice, never the gap itself,
 * which stays a schedule in the queue.
 */
@Component
class EspacamentoDaInstancia {

    private final Map<String, Long> proximaVez = new ConcurrentHashMap<>();

    /** Returns once a call to {@code instancia} may leave; the next one may leave {@code intervalo} later. */
    void aguardarVez(String instancia, Duration intervalo) {
        if (intervalo.isZero() || intervalo.isNegative()) {
            return;
        }
        long espacamento = intervalo.toNanos();
        long[] espera = new long[1];
        proximaVez.compute(instancia, (chave, vez) -> {
            long agora = System.nanoTime();
            long minha = vez == null || vez - agora <= 0 ? agora : vez;
            espera[0] = minha - agora;
            return minha + espacamento;
        });
        long prazo = System.nanoTime() + espera[0];
        for (long resta = espera[0]; resta > 0; resta = prazo - System.nanoTime()) {
            LockSupport.parkNanos(resta);
        }
    }
}
