package br.com.nexus.command.whatsapp.modelo;

import br.com.nexus.command.api.comum.Ids;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's WhatsApp message templates. Everyone in the tenant reads them; supervisors and
 * admins write them. A variant naming an unknown variable is refused with 422 VARIAVEL_DESCONHECIDA.
 */
@RestController
@RequestMapping("/api/whatsapp/modelos")
@Tag(name = "WhatsApp", description = "Modelos de mensagem, instância e disparos por WhatsApp")
class ModeloController {

    private final ModeloRepository modelos;

    ModeloController(ModeloRepository modelos) {
        this.modelos = modelos;
    }

    record ModeloRequest(
            @NotBlank @Size(max = 100) String nome,
            @NotNull @Size(min = 1, max = Modelos.MAXIMO_VARIANTES) List<@NotNull @Size(max = Modelos.MAXIMO_TEXTO) String> variantes,
            Boolean padrao) {
    }

    @PostMapping
    @Operation(summary = "Cria um modelo; variáveis: {nome} {valor} {vencimento} {linha_digitavel} {descricao} {data_atual}")
    @ApiResponse(responseCode = "201", description = "Modelo criado")
    ResponseEntity<ModeloMensagem> criar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody ModeloRequest request) {
        ModeloMensagem criado = modelos.criar(usuario.tenantId(), request.nome().strip(),
                Modelos.validar(request.variantes()), Boolean.TRUE.equals(request.padrao()));
        return ResponseEntity.created(URI.create("/api/whatsapp/modelos/" + criado.id())).body(criado);
    }

    @GetMapping
    @Operation(summary = "Lista os modelos da empresa, o padrão primeiro")
    List<ModeloMensagem> listar(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return modelos.listar(usuario.tenantId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Mostra um modelo")
    ModeloMensagem buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String id) {
        UUID modeloId = Ids.de(id, UUID::fromString, "id");
        return modelos.buscar(usuario.tenantId(), modeloId)
                .orElseThrow(() -> DomainException.naoEncontrado("MODELO_NAO_ENCONTRADO",
                        "Modelo " + id + " não encontrado"));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Substitui nome, variantes e marcação de padrão de um modelo")
    ModeloMensagem atualizar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String id,
            @Valid @RequestBody ModeloRequest request) {
        return modelos.atualizar(usuario.tenantId(), Ids.de(id, UUID::fromString, "id"), request.nome().strip(),
                Modelos.validar(request.variantes()), Boolean.TRUE.equals(request.padrao()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Exclui um modelo")
    @ApiResponse(responseCode = "204", description = "Modelo excluído")
    ResponseEntity<Void> excluir(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable String id) {
        modelos.excluir(usuario.tenantId(), Ids.de(id, UUID::fromString, "id"));
        return ResponseEntity.noContent().build();
    }
}
