package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a boleto that was not paid. */
public record CancelarBoletoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId,
        String motivo) {
}
