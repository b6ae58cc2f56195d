package br.com.nexus.command.cobranca;

import br.com.nexus.kernel.cobranca.DefinirReguaDeCobrancaCommand;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaId;
import br.com.nexus.kernel.cobranca.ReguaProposta;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces the tenant's régua de cobrança (ADMIN, SUPERVISOR). Fields left out take the default
 * schedule's values; a schedule that cannot be followed is a 422 and changes nothing.
 */
@RestController
@Tag(name = "Régua de cobrança", description = "Etapas de cobrança por WhatsApp relativas ao vencimento")
class ReguaController {

    private final CommandGateway commandGateway;

    ReguaController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PutMapping("/api/configuracoes/regua")
    @Operation(summary = "Define a régua de cobrança da empresa; vale também para as etapas futuras dos boletos em aberto")
    ReguaDeCobranca definir(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestBody(required = false) ReguaProposta proposta) {
        if (proposta == null) {
            throw DomainException.invalido("REQUISICAO_INVALIDA", "Informe a régua");
        }
        ReguaDeCobranca regua = proposta.regua().validada();
        commandGateway.sendAndWait(new DefinirReguaDeCobrancaCommand(ReguaId.doTenant(usuario.tenantId()),
                usuario.tenantId(), regua));
        return regua;
    }
}
