package br.com.nexus.command.whatsapp.api;

import br.com.nexus.command.api.comum.Ids;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.ResultadoSolicitacaoDisparo;
import br.com.nexus.kernel.disparo.SolicitarDisparoDeBoletoCommand;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asks for a boleto to be sent to its cliente over WhatsApp: the message comes from the tenant's
 * template (the default one unless another is named), the destination from the cliente, the PDF
 * from the boleto when it has one. The send itself happens later, paced (202).
 */
@RestController
@Tag(name = "Disparos", description = "Envios de boletos pelo WhatsApp e seu andamento")
class DisparoBoletoController {

    private final CommandGateway commandGateway;

    DisparoBoletoController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Optional choices: another template than the default; {@code semAnexo} sends the text only. */
    record DisparoRequest(@Size(max = 36) String modeloId, Boolean semAnexo) {
    }

    @PostMapping("/api/boletos/{id}/disparos")
    @Operation(summary = "Pede o envio do boleto ao cliente por WhatsApp (202; o envio segue o ritmo da empresa)")
    @ApiResponse(responseCode = "202", description = "Disparo solicitado")
    ResponseEntity<ResultadoSolicitacaoDisparo> solicitar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable String id, @Valid @RequestBody(required = false) DisparoRequest request) {
        BoletoId boletoId = new BoletoId(Ids.de(id, UUID::fromString, "id"));
        UUID modeloId = request == null || request.modeloId() == null || request.modeloId().isBlank() ? null
                : Ids.de(request.modeloId(), UUID::fromString, "modeloId");
        boolean semAnexo = request != null && Boolean.TRUE.equals(request.semAnexo());
        ResultadoSolicitacaoDisparo resultado = commandGateway.sendAndWait(new SolicitarDisparoDeBoletoCommand(
                DisparoId.novo(), usuario.tenantId(), boletoId, modeloId, semAnexo));
        return ResponseEntity.accepted().body(resultado);
    }
}
