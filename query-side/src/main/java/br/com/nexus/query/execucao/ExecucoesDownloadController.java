package br.com.nexus.query.execucao;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.execucao.AcompanharExecucaoDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.BuscarExecucaoDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.ExecucaoDownloadDetalhe;
import br.com.nexus.kernel.consulta.execucao.ExecucaoDownloadResumo;
import br.com.nexus.kernel.consulta.execucao.ListarExecucoesDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.PaginaDeExecucoesDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.FluxosAoVivo;
import br.com.nexus.query.comum.Paginacao;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Portal download runs: the list, one run with each cliente's outcome, and its live progress. */
@Tag(name = "Download de boletos")
@RestController
class ExecucoesDownloadController {

    private final Consultas consultas;
    private final QueryGateway gateway;
    private final FluxosAoVivo fluxos;

    ExecucoesDownloadController(Consultas consultas, QueryGateway gateway, FluxosAoVivo fluxos) {
        this.consultas = consultas;
        this.gateway = gateway;
        this.fluxos = fluxos;
    }

    @Operation(summary = "Lista as execuções de download")
    @GetMapping("/api/execucoes-download")
    PaginaDeExecucoesDownload listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) Boolean emAndamento,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paginacao.TAMANHO_PADRAO) int size) {
        Paginacao.validar(page, size);
        return consultas.buscar(new ListarExecucoesDownloadQuery(Usuarios.tenant(usuario), emAndamento, page, size),
                PaginaDeExecucoesDownload.class);
    }

    @Operation(summary = "Detalha uma execução de download")
    @GetMapping("/api/execucoes-download/{id}")
    ExecucaoDownloadDetalhe buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarExecucaoDownloadQuery(Usuarios.tenant(usuario),
                new ExecucaoDownloadId(id)), ExecucaoDownloadDetalhe.class).orElseThrow(this::naoEncontrada);
    }

    /**
     * The run's progress as server-sent events named {@code progresso}: the current figures first,
     * then one event per outcome, until the run ends.
     */
    @Operation(summary = "Acompanha uma execução de download (server-sent events)")
    @GetMapping(path = "/api/execucoes-download/{id}/progresso", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ExecucaoDownloadResumo>> progresso(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable UUID id) {
        TenantId tenant = Usuarios.tenant(usuario);
        AcompanharExecucaoDownloadQuery consulta = new AcompanharExecucaoDownloadQuery(tenant, new ExecucaoDownloadId(id));
        SubscriptionQueryResult<Optional<ExecucaoDownloadResumo>, ExecucaoDownloadResumo> assinatura =
                gateway.subscriptionQuery(consulta, ResponseTypes.optionalInstanceOf(ExecucaoDownloadResumo.class),
                        ResponseTypes.instanceOf(ExecucaoDownloadResumo.class));
        ExecucaoDownloadResumo inicial = assinatura.initialResult().blockOptional().flatMap(r -> r).orElse(null);
        if (inicial == null) {
            assinatura.cancel();
            throw naoEncontrada();
        }
        Flux<ExecucaoDownloadResumo> atualizacoes = inicial.emAndamento()
                ? assinatura.updates().takeUntil(resumo -> !resumo.emAndamento())
                : Flux.empty();
        return fluxos.ateOEncerramento(Flux.concat(Flux.just(inicial), atualizacoes))
                .map(resumo -> ServerSentEvent.builder(resumo).event("progresso").build())
                .doFinally(sinal -> assinatura.cancel());
    }

    private DomainException naoEncontrada() {
        return DomainException.naoEncontrado("EXECUCAO_NAO_ENCONTRADA", "Execução de download não encontrada");
    }
}
