package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.TenantId;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a boleto to be sent to its cliente over WhatsApp with a message built from the
 * tenant's template ({@code modeloId}, or the default one when null): the command side finds the
 * cliente's number, renders the message, attaches the boleto's PDF unless {@code semAnexo}, and
 * then requests the dispatch ({@link SolicitarDisparoCommand}). Refused when the boleto is paid or
 * cancelled, or the cliente is inactive, opted out or has no WhatsApp. Answers a
 * {@link ResultadoSolicitacaoDisparo}.
 */
public record SolicitarDisparoDeBoletoCommand(
        @TargetAggregateIdentifier DisparoId disparoId,
        TenantId tenantId,
        BoletoId boletoId,
        UUID modeloId,
        boolean semAnexo) {
}
