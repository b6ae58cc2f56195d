package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on the cliente's timeline a WhatsApp message the cliente sent to the tenant.
 * {@code messageId} is WhatsApp's id of the message; {@code tipo} is the gateway's message type
 * ({@code conversation}, {@code imageMessage}, …); {@code texto} may be absent for media without caption.
 */
public record RegistrarRespostaWhatsappCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId,
        String messageId,
        String tipo,
        String texto,
        Instant recebidaEm) {
}
