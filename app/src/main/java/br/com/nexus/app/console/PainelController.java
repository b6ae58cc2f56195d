package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.dashboard.BuscarDashboardQuery;
import br.com.nexus.kernel.consulta.dashboard.Dashboard;
import br.com.nexus.kernel.consulta.disparo.AcompanharDisparosQuery;
import br.com.nexus.kernel.consulta.financeiro.BuscarFinanceiroQuery;
import br.com.nexus.kernel.consulta.financeiro.Financeiro;
import br.com.nexus.kernel.consulta.funil.BuscarFunilQuery;
import br.com.nexus.kernel.consulta.funil.Funil;
import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.disparo.ProgressoAoVivo;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;

/** The painel: the dashboard's figures, the funnel, revenue against the previous period and the live dispatches. */
@Hidden
@Controller
class PainelController {

    private final Consultas consultas;
    private final Calendario calendario;
    private final Graficos graficos;
    private final Fragmentos fragmentos;
    private final ProgressoAoVivo progressoAoVivo;

    PainelController(Consultas consultas, Calendario calendario, Graficos graficos, Fragmentos fragmentos,
            ProgressoAoVivo progressoAoVivo) {
        this.consultas = consultas;
        this.calendario = calendario;
        this.graficos = graficos;
        this.fragmentos = fragmentos;
        this.progressoAoVivo = progressoAoVivo;
    }

    @GetMapping("/painel")
    String painel(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(defaultValue = "DIA") PeriodoDaReceita periodo, Model model) {
        LocalDate hoje = calendario.hoje();
        Dashboard dashboard = consultas.buscar(new BuscarDashboardQuery(usuario.tenantId()), Dashboard.class);
        Funil funil = consultas.buscar(new BuscarFunilQuery(usuario.tenantId(), hoje.minusDays(29), hoje, null,
                Agrupamento.DIA), Funil.class);
        Financeiro financeiro = consultas.buscar(new BuscarFinanceiroQuery(usuario.tenantId(),
                periodo.inicio(hoje), hoje), Financeiro.class);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("funil", funil);
        model.addAttribute("graficoFunil", graficos.funil(funil));
        model.addAttribute("financeiro", financeiro);
        model.addAttribute("periodo", periodo);
        model.addAttribute("periodos", PeriodoDaReceita.values());
        model.addAttribute("graficoReceita", graficos.receita(periodo.baldes(financeiro)));
        return "console/painel";
    }

    /**
     * Today's dispatches as they progress, each change a ready-made piece of the painel (server-sent
     * events named {@code progresso}), from the same subscription query as /api/disparos/progresso.
     */
    @GetMapping(path = "/painel/disparos", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<String>> disparos(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return progressoAoVivo.acompanhar(
                        new AcompanharDisparosQuery(usuario.tenantId(), calendario.inicio(calendario.hoje())))
                .map(progresso -> ServerSentEvent.builder(
                        fragmentos.renderizar("console/disparos", "progresso", "progresso", progresso))
                        .event("progresso").build());
    }
}
