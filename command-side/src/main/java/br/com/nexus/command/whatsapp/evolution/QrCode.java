package br.com.nexus.command.whatsapp.evolution;

/**
 * A QR code to pair the instance with a phone: {@code base64} is a {@code data:image/png;base64,…}
 * image, {@code code} the raw payload, {@code pairingCode} the alternative 8-character code when a
 * number was given.
 */
public record QrCode(String code, String base64, String pairingCode, Integer count) {
}
