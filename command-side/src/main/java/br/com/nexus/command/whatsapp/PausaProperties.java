package br.com.nexus.command.whatsapp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a tenant's WhatsApp sending pauses for lack of connection, and how often a paused
 * instance is asked whether it is back ({@code nexus.whatsapp.pausa.*}).
 *
 * @param falhasSeguidas attempts in a row that find no connection while the instance says it is open
 * @param verificacao    how often each paused tenant's {@code connectionState} is read
 */
@ConfigurationProperties("nexus.whatsapp.pausa")
public record PausaProperties(
        @DefaultValue("3") int falhasSeguidas,
        @DefaultValue("30s") Duration verificacao) {
}
