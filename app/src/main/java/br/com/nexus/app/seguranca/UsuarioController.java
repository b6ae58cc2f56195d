package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.kernel.seguranca.UsuarioId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN manages the users of its own tenant; other tenants' users answer 404. */
@RestController
@RequestMapping("/api/usuarios")
@Tag(name = "Usuários", description = "Usuários da empresa do administrador")
class UsuarioController {

    private final CadastroDeUsuarios cadastro;

    UsuarioController(CadastroDeUsuarios cadastro) {
        this.cadastro = cadastro;
    }

    record NovoUsuarioRequest(
            @NotBlank @Size(max = Emails.MAXIMO) @Email(regexp = Emails.FORMATO) String email,
            @NotBlank @Size(max = 120) String nome,
            @NotNull String senha,
            @NotNull Papel papel) {

        @Override
        public String toString() {
            return "NovoUsuarioRequest[email=" + email + ", papel=" + papel + "]";
        }
    }

    record AlteracaoRequest(
            @Size(max = 120) @Pattern(regexp = ".*\\S.*", message = "não pode ser vazio") String nome,
            Papel papel,
            Boolean ativo,
            String senha) {

        @Override
        public String toString() {
            return "AlteracaoRequest[nome=" + nome + ", papel=" + papel + ", ativo=" + ativo + "]";
        }
    }

    @PostMapping
    @Operation(summary = "Cria um usuário na empresa do administrador")
    @ApiResponse(responseCode = "201", description = "Usuário criado")
    ResponseEntity<UsuarioView> criar(@AuthenticationPrincipal UsuarioAutenticado admin,
            @Valid @RequestBody NovoUsuarioRequest request) {
        Usuario usuario = cadastro.criarUsuario(admin.tenantId(), request.email(), request.nome(), request.senha(),
                request.papel());
        return ResponseEntity.created(URI.create("/api/usuarios/" + usuario.id())).body(UsuarioView.de(usuario));
    }

    @GetMapping
    @Operation(summary = "Lista os usuários da empresa do administrador")
    List<UsuarioView> listar(@AuthenticationPrincipal UsuarioAutenticado admin) {
        return cadastro.listar(admin.tenantId()).stream().map(UsuarioView::de).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Mostra um usuário da empresa do administrador")
    UsuarioView buscar(@AuthenticationPrincipal UsuarioAutenticado admin, @PathVariable UUID id) {
        return UsuarioView.de(cadastro.buscar(admin.tenantId(), new UsuarioId(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Altera nome, papel, senha ou desativa/reativa um usuário")
    UsuarioView alterar(@AuthenticationPrincipal UsuarioAutenticado admin, @PathVariable UUID id,
            @Valid @RequestBody AlteracaoRequest request) {
        return UsuarioView.de(cadastro.alterar(admin.tenantId(), new UsuarioId(id),
                new CadastroDeUsuarios.Alteracao(request.nome(), request.papel(), request.ativo(), request.senha())));
    }
}
