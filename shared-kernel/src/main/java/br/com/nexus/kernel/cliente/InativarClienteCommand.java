package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deactivates a cliente. */
public record InativarClienteCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId,
        String motivo) {
}
