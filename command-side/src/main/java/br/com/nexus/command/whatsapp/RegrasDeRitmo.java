package br.com.nexus.command.whatsapp;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A tenant's anti-ban pacing: a random gap between {@code intervaloMinimo} and
 * {@code intervaloMaximo} after each send, a longer {@code pausa} after every
 * {@code pausaAposEnvios} sends, sends only inside the daily window [{@code janelaInicio},
 * {@code janelaFim}) of {@code fuso} (equal ends mean all day; an end before the start spans
 * midnight), and up to {@code digitacaoMaxima} of "typing…" shown before each message.
 */
public record RegrasDeRitmo(
        Duration intervaloMinimo,
        Duration intervaloMaximo,
        int pausaAposEnvios,
        Duration pausa,
        LocalTime janelaInicio,
        LocalTime janelaFim,
        ZoneId fuso,
        Duration digitacaoMaxima) {

    public static final RegrasDeRitmo PADRAO = new RegrasDeRitmo(Duration.ofSeconds(30), Duration.ofSeconds(90), 20,
            Duration.ofMinutes(10), LocalTime.of(8, 0), LocalTime.of(20, 0), ZoneId.of("America/Sao_Paulo"),
            Duration.ofSeconds(4));
}
