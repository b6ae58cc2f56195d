package br.com.nexus.app.console;

import br.com.nexus.app.web.ProblemHandler;
import br.com.nexus.command.portal.ExecucoesDeDownload;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Downloads do portal: the runs, starting one (the API's service) and one run's live progress with
 * each cliente's outcome, pushed as ready-made pieces of the page over the runs' subscription query.
 */
@Hidden
@Controller
class DownloadsConsoleController {

    static final int POR_PAGINA = 20;

    private final Consultas consultas;
    private final QueryGateway gateway;
    private final ObjectProvider<ExecucoesDeDownload> execucoes;
    private final Fragmentos fragmentos;
    private final FluxosAoVivo fluxos;
    private final Leitura leitura;

    DownloadsConsoleController(Consultas consultas, QueryGateway gateway, ObjectProvider<ExecucoesDeDownload> execucoes,
            Fragmentos fragmentos, FluxosAoVivo fluxos, Leitura leitura) {
        this.consultas = consultas;
        this.gateway = gateway;
        this.execucoes = execucoes;
        this.fragmentos = fragmentos;
        this.fluxos = fluxos;
        this.leitura = leitura;
    }

    @GetMapping("/downloads")
    ModelAndView listar(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return lista(usuario, HttpStatus.OK, null, new Filtros("", "", ""));
    }

    @PostMapping("/downloads")
    ModelAndView iniciar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(defaultValue = "") String pontoDeVenda, @RequestParam(defaultValue = "") String ano,
            @RequestParam(defaultValue = "") String limite) {
        Filtros filtros = new Filtros(pontoDeVenda.strip(), ano.strip(), limite.strip());
        ExecucoesDeDownload servico = execucoes.getIfAvailable();
        if (servico == null) {
            return lista(usuario, HttpStatus.SERVICE_UNAVAILABLE,
                    "Os downloads são iniciados pelos nós de comando: use POST /api/execucoes-download.", filtros);
        }
        try {
            ExecucoesDeDownload.Iniciada iniciada = servico.iniciar(usuario.tenantId(), filtros.pedido());
            // The run's page reads the read model, which learns of the run a moment after it starts.
            leitura.aguardar(() -> detalhe(usuario.tenantId(), iniciada.id()).isPresent());
            return new ModelAndView("redirect:/downloads/" + iniciada.id());
        } catch (RuntimeException e) {
            ErroDominio erro = Recusas.de(e).orElseThrow(() -> e);
            return lista(usuario, ProblemHandler.status(erro.kind()), erro.message(), filtros);
        }
    }

    @GetMapping("/downloads/{id}")
    ModelAndView detalhar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        ModelAndView pagina = new ModelAndView("console/download");
        pagina.addObject("detalhe", detalhe(usuario.tenantId(), new ExecucaoDownloadId(id))
                .orElseThrow(PaginaNaoEncontrada::new));
        return pagina;
    }

    /**
     * The run's progress as server-sent events named {@code progresso}, each the page's progress
     * section with every outcome so far, then {@code fim} once the run has ended (the page then closes
     * the stream instead of reconnecting).
     */
    @GetMapping(path = "/downloads/{id}/progresso", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<String>> progresso(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @PathVariable UUID id) {
        TenantId tenant = usuario.tenantId();
        ExecucaoDownloadId execucao = new ExecucaoDownloadId(id);
        SubscriptionQueryResult<Optional<ExecucaoDownloadResumo>, ExecucaoDownloadResumo> assinatura =
                gateway.subscriptionQuery(new AcompanharExecucaoDownloadQuery(tenant, execucao),
                        ResponseTypes.optionalInstanceOf(ExecucaoDownloadResumo.class),
                        ResponseTypes.instanceOf(ExecucaoDownloadResumo.class));
        ExecucaoDownloadResumo inicial = assinatura.initialResult().blockOptional().flatMap(r -> r).orElse(null);
        if (inicial == null) {
            assinatura.cancel();
            throw new PaginaNaoEncontrada();
        }
        Flux<ExecucaoDownloadResumo> atualizacoes = inicial.emAndamento()
                ? assinatura.updates().takeUntil(resumo -> !resumo.emAndamento())
                : Flux.empty();
        // The outcomes are read off the event processor's thread that delivers the updates.
        return fluxos.ateOEncerramento(Flux.concat(Flux.just(inicial), atualizacoes))
                .concatMap(resumo -> Mono.fromCallable(() -> detalhe(tenant, execucao))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMapMany(detalhe -> eventos(detalhe.orElseThrow(), resumo.emAndamento())))
                .doFinally(sinal -> assinatura.cancel());
    }

    private Flux<ServerSentEvent<String>> eventos(ExecucaoDownloadDetalhe detalhe, boolean emAndamento) {
        ServerSentEvent<String> progresso = ServerSentEvent.builder(
                fragmentos.renderizar("console/download", "andamento", "detalhe", detalhe)).event("progresso").build();
        return emAndamento ? Flux.just(progresso)
                : Flux.just(progresso, ServerSentEvent.builder("").event("fim").build());
    }

    private Optional<ExecucaoDownloadDetalhe> detalhe(TenantId tenant, ExecucaoDownloadId execucao) {
        return consultas.buscarOpcional(new BuscarExecucaoDownloadQuery(tenant, execucao),
                ExecucaoDownloadDetalhe.class);
    }

    private ModelAndView lista(UsuarioAutenticado usuario, HttpStatusCode status, String erro, Filtros filtros) {
        ModelAndView pagina = new ModelAndView("console/downloads", status);
        pagina.addObject("execucoes", consultas.buscar(new ListarExecucoesDownloadQuery(usuario.tenantId(), null, 0,
                POR_PAGINA), PaginaDeExecucoesDownload.class));
        pagina.addObject("erro", erro);
        pagina.addObject("filtros", filtros);
        return pagina;
    }

    /** The start form's fields as typed, so a refused start shows them again. */
    record Filtros(String pontoDeVenda, String ano, String limite) {

        ExecucoesDeDownload.Pedido pedido() {
            if (pontoDeVenda.length() > 100) {
                throw DomainException.invalido("PONTO_DE_VENDA_LONGO", "O ponto de venda deve ter até 100 caracteres.");
            }
            return new ExecucoesDeDownload.Pedido(pontoDeVenda.isEmpty() ? null : pontoDeVenda,
                    numero(ano, 2000, 2100, "O ano"), numero(limite, 1, 10_000, "O limite de clientes"), List.of());
        }

        private static Integer numero(String texto, int minimo, int maximo, String campo) {
            if (texto.isEmpty()) {
                return null;
            }
            try {
                int valor = Integer.parseInt(texto);
                if (valor >= minimo && valor <= maximo) {
                    return valor;
                }
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
            throw DomainException.invalido("NUMERO_INVALIDO", campo + " deve ser um número de " + minimo + " a "
                    + maximo + ".");
        }
    }
}
