package br.com.nexus.app.console;

import br.com.nexus.command.pagamento.provedor.AceiteDeDivergencia;
import br.com.nexus.command.pagamento.provedor.EventoDoProvedor;
import br.com.nexus.command.pagamento.provedor.EventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.SituacaoEvento;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.pagamento.BuscarPagamentoQuery;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import br.com.nexus.kernel.consulta.pagamento.PaginaDePagamentos;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pagamentos: the amounts providers reported that differ from the charge (waiting for a supervisor
 * to accept them, as POST /api/pagamentos/provedores/eventos/{id}/aceite does), then every payment.
 */
@Hidden
@Controller
class PagamentosConsoleController {

    static final int POR_PAGINA = 20;
    /** Divergences are rare and each needs a person: the page shows the oldest ones still waiting. */
    private static final int DIVERGENTES_MOSTRADOS = 50;

    private final Consultas consultas;
    private final ObjectProvider<EventosDoProvedor> eventos;
    private final ObjectProvider<AceiteDeDivergencia> aceites;
    private final Leitura leitura;

    /** The provider's inbox is the command side's: a query-only node lists payments without the divergent ones. */
    PagamentosConsoleController(Consultas consultas, ObjectProvider<EventosDoProvedor> eventos,
            ObjectProvider<AceiteDeDivergencia> aceites, Leitura leitura) {
        this.consultas = consultas;
        this.eventos = eventos;
        this.aceites = aceites;
        this.leitura = leitura;
    }

    @GetMapping("/pagamentos")
    String listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(defaultValue = "1") int pagina, Model model) {
        Paginas paginas = Paginas.de(pagina);
        PaginaDePagamentos pagamentos = consultas.buscar(new ListarPagamentosQuery(usuario.tenantId(), null, null,
                null, null, null, null, null, null, paginas.indice(), POR_PAGINA), PaginaDePagamentos.class);
        EventosDoProvedor caixa = eventos.getIfAvailable();
        List<EventoDoProvedor> divergentes = caixa == null ? List.of()
                : caixa.listar(usuario.tenantId(), SituacaoEvento.DIVERGENTE, null, 0, DIVERGENTES_MOSTRADOS);
        model.addAttribute("pagamentos", pagamentos);
        model.addAttribute("paginas", paginas.com(pagamentos.total(), POR_PAGINA));
        model.addAttribute("divergentes", divergentes);
        model.addAttribute("divergentesTotal", divergentes.size() < DIVERGENTES_MOSTRADOS ? divergentes.size()
                : caixa.contar(usuario.tenantId(), SituacaoEvento.DIVERGENTE, null));
        model.addAttribute("podeAceitar", AceiteDeDivergencia.podeAceitar(usuario.papel()));
        return "console/pagamentos";
    }

    /** Accepts the divergent amount as the payment, then waits (briefly) for the list to show it confirmed. */
    @PostMapping("/pagamentos/divergentes/{id}/aceite")
    String aceitar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable long id,
            RedirectAttributes avisos) {
        try {
            AceiteDeDivergencia servico = aceites.getIfAvailable();
            if (servico == null) {
                throw DomainException.regraViolada("ACEITE_INDISPONIVEL", "O aceite é feito pelos nós de comando: "
                        + "use POST /api/pagamentos/provedores/eventos/{id}/aceite.");
            }
            EventoDoProvedor aceito = servico.aceitar(usuario, id);
            leitura.aguardar(() -> consultas.buscarOpcional(new BuscarPagamentoQuery(usuario.tenantId(),
                            aceito.pagamentoId()), PagamentoResumo.class)
                    .map(p -> p.status() == StatusPagamento.CONFIRMADO).orElse(false));
            avisos.addFlashAttribute("sucesso", "Valor aceito: o pagamento está confirmado.");
        } catch (RuntimeException e) {
            if (Recusas.naoEncontrado(e)) {
                throw new PaginaNaoEncontrada();
            }
            avisos.addFlashAttribute("erro", Recusas.de(e).orElseThrow(() -> e).message());
        }
        return "redirect:/pagamentos";
    }
}
