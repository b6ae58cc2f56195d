package br.com.nexus.command.whatsapp.evolution;

/**
 * What Evolution answered to a send (201): {@code messageId} is WhatsApp's {@code key.id}, which
 * later receipts name {@code keyId}; {@code remoteJid} is where it really went.
 */
public record MensagemEnviada(String messageId, String remoteJid, String status) {
}
