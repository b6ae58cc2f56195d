package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cliente asked not to be contacted over WhatsApp. */
public record RegistrarOptOutWhatsappCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId,
        String motivo) {
}
