package br.com.nexus.query.auditoria;

import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets auditors and admins replay the full history of one lead, cliente, boleto, disparo or pagamento. */
@RestController
@RequestMapping("/api/auditoria")
@Tag(name = "Auditoria", description = "Histórico completo de eventos de um registro, com quem fez e quando")
class AuditoriaController {

    private static final Set<Papel> PODEM_AUDITAR = Set.of(Papel.ADMIN, Papel.AUDITOR);

    private final TrilhaDeAuditoria trilha;

    AuditoriaController(TrilhaDeAuditoria trilha) {
        this.trilha = trilha;
    }

    @GetMapping("/{tipo}/{id}/eventos")
    @Operation(summary = "Lista os eventos de um registro em ordem de sequência",
            description = "Cada evento traz o payload e os metadados: usuarioId, email, papel, tenantId, correlationId")
    @ApiResponse(responseCode = "200", description = "Eventos a partir de 'desde', no máximo 'limite'")
    @ApiResponse(responseCode = "404", description = "Registro inexistente, de outro tipo ou de outra empresa")
    List<EventoAuditado> eventos(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Parameter(description = "lead, cliente, boleto, disparo ou pagamento") @PathVariable("tipo") String tipo,
            @PathVariable("id") String id,
            @Parameter(description = "Primeira sequência a listar") @RequestParam(name = "desde", defaultValue = "0")
            long desde,
            @Parameter(description = "Quantos eventos no máximo (1 a 1000)")
            @RequestParam(name = "limite", defaultValue = "" + TrilhaDeAuditoria.LIMITE_PADRAO) int limite) {
        if (!PODEM_AUDITAR.contains(usuario.papel())) {
            throw new AccessDeniedException("Só administradores e auditores consultam a auditoria");
        }
        return trilha.eventos(tipo, id, usuario.tenantId(), desde, limite);
    }
}
