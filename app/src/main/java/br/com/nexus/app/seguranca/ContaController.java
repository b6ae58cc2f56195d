package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Conta", description = "O usuário autenticado")
class ContaController {

    private final CadastroDeUsuarios cadastro;

    ContaController(CadastroDeUsuarios cadastro) {
        this.cadastro = cadastro;
    }

    @GetMapping("/api/conta")
    @Operation(summary = "Mostra quem é o usuário do token")
    UsuarioView conta(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return UsuarioView.de(cadastro.buscar(usuario.tenantId(), usuario.usuarioId()));
    }
}
