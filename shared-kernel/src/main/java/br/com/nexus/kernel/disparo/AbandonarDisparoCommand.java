package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives up on a dispatch. */
public record AbandonarDisparoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId,
        String motivo) {
}
