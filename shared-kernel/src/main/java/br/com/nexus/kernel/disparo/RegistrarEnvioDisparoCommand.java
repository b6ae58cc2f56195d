package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The gateway accepted one send attempt. */
public record RegistrarEnvioDisparoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId,
        String providerMessageId,
        int tentativa) {
}
