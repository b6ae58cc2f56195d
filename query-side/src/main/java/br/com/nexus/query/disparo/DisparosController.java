package br.com.nexus.query.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.consulta.disparo.AcompanharDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.ListarDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.PaginaDeDisparos;
import br.com.nexus.kernel.consulta.disparo.ProgressoDisparos;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Paginacao;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@Tag(name = "Disparos", description = "Envios de boletos pelo WhatsApp e seu andamento")
@RestController
class DisparosController {

    private final Consultas consultas;
    private final Calendario calendario;
    private final ProgressoAoVivo progressoAoVivo;

    DisparosController(Consultas consultas, Calendario calendario, ProgressoAoVivo progressoAoVivo) {
        this.consultas = consultas;
        this.calendario = calendario;
        this.progressoAoVivo = progressoAoVivo;
    }

    /**
     * Live progress of the dispatches requested since {@code desde} (default: the start of today),
     * as server-sent events named {@code progresso}: the current figures first, then one event per
     * change, so a page can draw a progress bar without polling.
     */
    @Operation(summary = "Acompanha o progresso dos disparos (server-sent events)")
    @GetMapping(path = "/api/disparos/progresso", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ProgressoDisparos>> progresso(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant desde) {
        AcompanharDisparosQuery consulta = new AcompanharDisparosQuery(Usuarios.tenant(usuario),
                desde != null ? desde : calendario.inicio(calendario.hoje()));
        return progressoAoVivo.acompanhar(consulta)
                .map(progresso -> ServerSentEvent.builder(progresso).event("progresso").build());
    }

    /** Dispatches, filtered by status, boleto, cliente and request date (business dates, inclusive). */
    @Operation(summary = "Lista os disparos")
    @GetMapping("/api/disparos")
    PaginaDeDisparos listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) StatusDisparo status,
            @RequestParam(required = false) UUID boletoId,
            @RequestParam(required = false) UUID clienteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate solicitadoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate solicitadoAte,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paginacao.TAMANHO_PADRAO) int size) {
        Paginacao.validar(page, size);
        return consultas.buscar(new ListarDisparosQuery(Usuarios.tenant(usuario), status,
                boletoId == null ? null : new BoletoId(boletoId),
                clienteId == null ? null : new ClienteId(clienteId),
                solicitadoDe == null ? null : calendario.inicio(solicitadoDe),
                solicitadoAte == null ? null : calendario.fim(solicitadoAte),
                Paginacao.ordenacao(sort, DisparosProjection.ORDENACOES.keySet()), page, size), PaginaDeDisparos.class);
    }
}
