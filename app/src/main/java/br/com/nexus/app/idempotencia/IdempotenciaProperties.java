package br.com.nexus.app.idempotencia;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How long {@code Idempotency-Key}s are honoured.
 *
 * @param retencao     how long a key's answer is kept and replayed; a key older than this is new again
 * @param limpeza      how often keys past {@code retencao} are deleted
 * @param abandonoApos a request still marked in progress after this long is taken as lost (its node
 *                     died): a retry with the same body runs it, instead of 409 for the whole {@code retencao}
 * @param corpoMaximo  the largest body a request with a key may carry (it is held in memory to be compared)
 */
@ConfigurationProperties("nexus.idempotencia")
public record IdempotenciaProperties(
        @DefaultValue("24h") Duration retencao,
        @DefaultValue("1h") Duration limpeza,
        @DefaultValue("5m") Duration abandonoApos,
        @DefaultValue("1MB") DataSize corpoMaximo) {
}
