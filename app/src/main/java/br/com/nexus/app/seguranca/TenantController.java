package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
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
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * New tenants, each with its first administrator. Only the platform's operators (role PLATAFORMA,
 * in the tenant created at first start) may do this: a firm's administrator manages its own firm only.
 */
@RestController
@RequestMapping("/api/admin/tenants")
@Tag(name = "Empresas", description = "Criação de empresas (tenants) pelo administrador da plataforma")
class TenantController {

    private final CadastroDeUsuarios cadastro;
    private final TenantRepository tenants;

    TenantController(CadastroDeUsuarios cadastro, TenantRepository tenants) {
        this.cadastro = cadastro;
        this.tenants = tenants;
    }

    record NovoTenantRequest(
            @NotBlank @Size(max = 120) String nome,
            @NotBlank @Size(max = Emails.MAXIMO) @Email(regexp = Emails.FORMATO) String adminEmail,
            @Size(max = 120) String adminNome,
            @NotNull String adminSenha) {

        @Override
        public String toString() {
            return "NovoTenantRequest[nome=" + nome + ", adminEmail=" + adminEmail + "]";
        }
    }

    record TenantCriadoView(TenantId tenantId, UsuarioId adminUsuarioId) {
    }

    record TenantView(TenantId id, String nome, boolean plataforma, Instant criadoEm) {
    }

    @PostMapping
    @Operation(summary = "Cria uma empresa e o seu primeiro administrador")
    @ApiResponse(responseCode = "201", description = "Empresa criada")
    ResponseEntity<TenantCriadoView> criar(@AuthenticationPrincipal UsuarioAutenticado admin,
            @Valid @RequestBody NovoTenantRequest request) {
        exigirPlataforma(admin);
        String adminNome = request.adminNome() == null || request.adminNome().isBlank()
                ? "Administrador" : request.adminNome();
        CadastroDeUsuarios.TenantCriado criado = cadastro.criarTenant(request.nome(), false, request.adminEmail(),
                adminNome, request.adminSenha());
        return ResponseEntity.created(URI.create("/api/admin/tenants/" + criado.tenantId()))
                .body(new TenantCriadoView(criado.tenantId(), criado.adminUsuarioId()));
    }

    @GetMapping
    @Operation(summary = "Lista as empresas")
    List<TenantView> listar(@AuthenticationPrincipal UsuarioAutenticado admin) {
        exigirPlataforma(admin);
        return tenants.todos().stream().map(t -> new TenantView(t.id(), t.nome(), t.plataforma(), t.criadoEm()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Mostra uma empresa")
    TenantView buscar(@AuthenticationPrincipal UsuarioAutenticado admin, @PathVariable UUID id) {
        exigirPlataforma(admin);
        return tenants.porId(new TenantId(id)).map(t -> new TenantView(t.id(), t.nome(), t.plataforma(), t.criadoEm()))
                .orElseThrow(() -> DomainException.naoEncontrado("EMPRESA_NAO_ENCONTRADA", "Empresa não encontrada"));
    }

    private void exigirPlataforma(UsuarioAutenticado admin) {
        boolean plataforma = tenants.porId(admin.tenantId()).map(Tenant::plataforma).orElse(false);
        if (!plataforma || admin.papel() != Papel.PLATAFORMA) {
            throw RecusaDeAcesso.acessoNegado("Só administradores da plataforma gerenciam empresas");
        }
    }
}
