package br.com.nexus.query.projecao;

import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operation of the read models, for the platform only (a replay rebuilds every tenant's rows):
 * their progress, and rebuilding one from the event store.
 */
@Tag(name = "Projeções", description = "Estado e reconstrução das projeções de leitura (operação da plataforma)")
@RestController
class ProjecoesController {

    private final Projecoes projecoes;

    ProjecoesController(Projecoes projecoes) {
        this.projecoes = projecoes;
    }

    @Operation(summary = "Lista as projeções e seu estado")
    @GetMapping("/api/admin/projecoes")
    List<EstadoProjecao> todas(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        exigirPlataforma(usuario);
        return projecoes.todas();
    }

    @Operation(summary = "Estado de uma projeção")
    @GetMapping("/api/admin/projecoes/{grupo}")
    EstadoProjecao estado(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String grupo) {
        exigirPlataforma(usuario);
        return projecoes.estado(grupo);
    }

    @Operation(summary = "Reconstrói uma projeção a partir dos eventos")
    @PostMapping("/api/admin/projecoes/{grupo}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EstadoProjecao replay(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String grupo) {
        exigirPlataforma(usuario);
        return projecoes.replay(grupo);
    }

    private static void exigirPlataforma(UsuarioAutenticado usuario) {
        Usuarios.tenant(usuario);
        if (usuario.papel() != Papel.PLATAFORMA) {
            throw new AccessDeniedException("Somente a operação da plataforma");
        }
    }
}
