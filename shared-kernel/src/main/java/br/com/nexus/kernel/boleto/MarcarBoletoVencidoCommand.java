package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks an unpaid boleto as overdue. */
public record MarcarBoletoVencidoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId) {
}
