package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the tenant's régua de cobrança; every open boleto's future steps follow the new one. */
public record DefinirReguaDeCobrancaCommand(
        @TargetAggregateIdentifier ReguaId reguaId,
        TenantId tenantId,
        ReguaDeCobranca regua) {
}
