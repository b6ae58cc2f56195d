package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The gateway accepted the last attempt and later reported it failed (WhatsApp status ERROR).
 * Turns a sent, not yet delivered dispatch into a failure of that same attempt; ignored once the
 * message was delivered or read.
 */
public record RegistrarFalhaEntregaDisparoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId,
        String erro,
        boolean retentavel) {
}
