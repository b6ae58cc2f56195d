package br.com.nexus.command.whatsapp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Process-wide settings of the WhatsApp gateway ({@code nexus.whatsapp.*}). What varies per tenant
 * (pacing, window, attempts) lives in the tenant's {@code evolution} integration instead.
 *
 * @param timeoutConexao       connect timeout of every call to Evolution API
 * @param timeoutResposta      response timeout, on top of the typing delay a send asks for
 * @param tentativasHttp       calls per operation when the gateway fails transiently (5xx, Connection Closed)
 * @param esperaInicialHttp    first backoff between those calls; doubles each time, with jitter
 * @param circuitoJanela       calls the circuit breaker of an instance looks back on
 * @param circuitoMinimo       calls needed before the breaker may open
 * @param circuitoTaxaFalha    percentage of transient failures that opens it
 * @param circuitoAberto       how long it stays open before letting one probe call through
 * @param intervaloVarredura   how often the sender looks for due attempts
 * @param enviosSimultaneos    sends in flight at once (across tenants; one tenant is paced)
 * @param envioTravadoApos     an attempt still marked as sending after this long was interrupted
 * @param esperaPdf            how long a dispatch waits for its boleto's PDF still being rendered before it
 *                             goes as text only
 */
@ConfigurationProperties("nexus.whatsapp")
public record WhatsappProperties(
        @DefaultValue("5s") Duration timeoutConexao,
        @DefaultValue("30s") Duration timeoutResposta,
        @DefaultValue("3") int tentativasHttp,
        @DefaultValue("500ms") Duration esperaInicialHttp,
        @DefaultValue("10") int circuitoJanela,
        @DefaultValue("5") int circuitoMinimo,
        @DefaultValue("50") float circuitoTaxaFalha,
        @DefaultValue("30s") Duration circuitoAberto,
        @DefaultValue("1s") Duration intervaloVarredura,
        @DefaultValue("4") int enviosSimultaneos,
        @DefaultValue("15m") Duration envioTravadoApos,
        @DefaultValue("10m") Duration esperaPdf) {

    /** The defaults, for code that runs outside Spring (tests of single components). */
    public static WhatsappProperties padrao() {
        return new WhatsappProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), 3, Duration.ofMillis(500), 10, 5,
                50, Duration.ofSeconds(30), Duration.ofSeconds(1), 4, Duration.ofMinutes(15), Duration.ofMinutes(10));
    }
}
