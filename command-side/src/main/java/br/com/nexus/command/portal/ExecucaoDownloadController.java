package br.com.nexus.command.portal;

import br.com.nexus.command.api.comum.Textos;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Starts a run that downloads boletos from the Canopus portal; its progress comes as events. */
@RestController
@RequestMapping("/api/execucoes-download")
@Tag(name = "Download de boletos", description = "Baixa boletos do portal Canopus com o navegador, por cliente")
class ExecucaoDownloadController {

    private final ExecucoesDeDownload execucoes;

    ExecucaoDownloadController(ExecucoesDeDownload execucoes) {
        this.execucoes = execucoes;
    }

    record ExecucaoDownloadRequest(
            @Schema(description = "Só clientes deste ponto de venda, ex.: \"17.308\"") @Size(max = 100) String pontoDeVenda,
            @Schema(description = "Só boletos deste ano de referência") @Min(2000) @Max(2100) Integer ano,
            @Schema(description = "No máximo este número de clientes") @Min(1) @Max(10_000) Integer limite,
            @Schema(description = "Só estes CPFs (com ou sem pontuação); todos devem ser clientes ativos")
            @Size(max = 10_000) List<@NotBlank @Size(max = 20) String> clientes) {
    }

    record ExecucaoDownloadResposta(String id, int total) {
    }

    @PostMapping
    @Operation(summary = "Inicia o download dos boletos no portal",
            description = "Escolhe os clientes ativos pelos filtros e começa em segundo plano; o progresso "
                    + "(total, concluídos, resultado de cada cliente) sai em GET /api/execucoes-download/{id}")
    @ApiResponse(responseCode = "202", description = "Execução iniciada")
    @ApiResponse(responseCode = "409", description = "EXECUCAO_EM_ANDAMENTO")
    @ApiResponse(responseCode = "422", description = "INTEGRACAO_NAO_CONFIGURADA, NENHUM_CLIENTE ou CLIENTE_NAO_ENCONTRADO")
    ResponseEntity<ExecucaoDownloadResposta> iniciar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody(required = false) ExecucaoDownloadRequest request) {
        ExecucaoDownloadRequest pedido = request == null ? new ExecucaoDownloadRequest(null, null, null, null) : request;
        List<Cpf> cpfs = pedido.clientes() == null ? List.of() : pedido.clientes().stream().map(Cpf::of).toList();
        ExecucoesDeDownload.Iniciada iniciada = execucoes.iniciar(usuario.tenantId(), new ExecucoesDeDownload.Pedido(
                Textos.opcional(pedido.pontoDeVenda()), pedido.ano(), pedido.limite(), cpfs));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(iniciada.id()).toUri();
        return ResponseEntity.accepted().location(location)
                .body(new ExecucaoDownloadResposta(iniciada.id().toString(), iniciada.total()));
    }
}
