package br.com.nexus.kernel.whatsapp;

import br.com.nexus.kernel.disparo.SituacaoDosEnvios;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's WhatsApp: whether its Evolution integration is configured, the instance's last known
 * connection state ({@code open}, {@code connecting}, {@code close}; null before the first contact)
 * and the latest pairing QR code while it is not connected (a {@code data:image/png;base64,…}
 * image), whether sending runs or is paused (since when, why) with how many messages wait in the
 * queue, and the message templates (the default first).
 */
public record WhatsappDaEmpresa(
        boolean configurado,
        String instancia,
        String conexao,
        Instant conexaoAtualizadaEm,
        String qrcode,
        Instant qrcodeEm,
        SituacaoDosEnvios envios,
        String motivoDaPausa,
        Instant pausadoDesde,
        long naFila,
        List<Modelo> modelos) {

    /** A message template: its variants alternate from one message to the next. */
    public record Modelo(UUID id, String nome, List<String> variantes, boolean padrao) {
    }
}
