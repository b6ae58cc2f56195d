package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One send attempt failed. */
public record RegistrarFalhaDisparoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId,
        String erro,
        int tentativa,
        boolean retentavel) {
}
