package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks for a boleto to be sent to its cliente over WhatsApp; refused once the boleto is paid or cancelled. */
public record SolicitarDisparoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId,
        BoletoId boletoId,
        ClienteId clienteId,
        String destino,
        String mensagem,
        String anexo) {
}
