package br.com.nexus.kernel.consulta.disparo;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How far the dispatches requested since {@code desde} got, each counted by its current status.
 * {@code concluidos} are those that need nothing more (sent, delivered, read or abandoned);
 * {@code percentual} is their share of {@code total}, two decimals; {@code envios} tells whether
 * sending runs or is paused (the instance lost WhatsApp), which is why pending ones may not move.
 */
public record ProgressoDisparos(
        Instant desde,
        long total,
        long pendentes,
        long falhas,
        long enviados,
        long entregues,
        long lidos,
        long abandonados,
        long concluidos,
        BigDecimal percentual,
        EstadoDosEnvios envios) {
}
