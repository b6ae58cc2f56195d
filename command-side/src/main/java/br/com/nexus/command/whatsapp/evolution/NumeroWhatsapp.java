package br.com.nexus.command.whatsapp.evolution;

/** One answer of {@code /chat/whatsappNumbers}: whether {@code numero} has WhatsApp, and under which JID. */
public record NumeroWhatsapp(String jid, boolean existe, String numero) {
}
