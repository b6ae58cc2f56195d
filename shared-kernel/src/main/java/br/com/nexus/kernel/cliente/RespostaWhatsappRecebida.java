package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;

/**
 * The cliente sent the tenant a WhatsApp message (a reply to a dispatch, or unsolicited).
 * {@code recebidaEm} is when WhatsApp says it was sent (UTC); {@code texto} may be absent for media.
 */
public record RespostaWhatsappRecebida(
        ClienteId clienteId,
        TenantId tenantId,
        String messageId,
        String tipo,
        String texto,
        Instant recebidaEm) {
}
