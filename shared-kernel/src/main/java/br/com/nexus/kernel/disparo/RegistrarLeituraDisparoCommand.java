package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The gateway reported the message read. */
public record RegistrarLeituraDisparoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId) {
}
