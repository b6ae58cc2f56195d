package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cliente agreed again to be contacted over WhatsApp. */
public record RegistrarOptInWhatsappCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId) {
}
