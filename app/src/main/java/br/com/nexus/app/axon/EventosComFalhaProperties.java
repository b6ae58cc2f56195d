package br.com.nexus.app.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dead letters beyond the read models, and their automatic retry.
 *
 * @param grupos             processing groups given a dead-letter queue here, by name (the read models
 *                           get theirs from {@code axon.eventhandling.processors.<grupo>.dlq.enabled})
 * @param sagas              saga groups: they retry a failed event in place, and the event is listed
 *                           while it keeps failing
 * @param intervalos         wait before each automatic retry of a parked sequence, counted from its last
 *                           failure; the last one repeats
 * @param maximoDeTentativas attempts (the first delivery included) after which only the operator retries
 * @param verificacao        how often due sequences are looked for
 */
@ConfigurationProperties("nexus.eventos-com-falha")
public record EventosComFalhaProperties(
        @DefaultValue({}) Set<String> grupos,
        @DefaultValue({}) Set<String> sagas,
        @DefaultValue({"1m", "5m", "30m", "1h"}) List<Duration> intervalos,
        @DefaultValue("24") int maximoDeTentativas,
        @DefaultValue("30s") Duration verificacao) {

    public EventosComFalhaProperties {
        if (intervalos.isEmpty() || intervalos.stream().anyMatch(i -> i.isNegative() || i.isZero())) {
            throw new IllegalArgumentException("nexus.eventos-com-falha.intervalos: ao menos um, todos positivos");
        }
        if (maximoDeTentativas < 1) {
            throw new IllegalArgumentException("nexus.eventos-com-falha.maximo-de-tentativas: ao menos 1");
        }
    }

    /** When a letter that failed {@code tentativas} times, the last at {@code ultimaFalha}, is retried; null if never. */
    Instant proximaTentativa(int tentativas, Instant ultimaFalha) {
        if (tentativas >= maximoDeTentativas || ultimaFalha == null) {
            return null;
        }
        Duration espera = intervalos.get(Math.min(Math.max(tentativas, 1) - 1, intervalos.size() - 1));
        return ultimaFalha.plus(espera);
    }
}
