package br.com.nexus.command.whatsapp.api;

import br.com.nexus.command.whatsapp.envio.PausaDeEnvios;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the tenant's WhatsApp dispatches are going out, or paused until its instance reconnects. */
@RestController
@Tag(name = "WhatsApp", description = "Modelos de mensagem, instância e disparos por WhatsApp")
class EnviosController {

    private final PausaDeEnvios pausa;

    EnviosController(PausaDeEnvios pausa) {
        this.pausa = pausa;
    }

    @GetMapping("/api/whatsapp/envios/estado")
    @Operation(summary = "Envios ativos ou pausados (instância sem conexão), desde quando, por quê e quantos na fila")
    PausaDeEnvios.Estado estado(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return pausa.estado(usuario.tenantId());
    }
}
