package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.query.comum.Calendario;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Relatórios: forms for the monthly PDF and the Excel exports. The files themselves come from the
 * API's report endpoints, also served under /relatorios/ for a signed-in session.
 */
@Hidden
@Controller
class RelatoriosConsoleController {

    /** One choice of a list filter: the value the endpoint reads and the word people read. */
    record Opcao(String valor, String rotulo) {
    }

    /**
     * One Excel export's form: a list filter and a date range, named as the endpoint's parameters
     * ({@code filtro}, {@code de}, {@code ate}).
     */
    record Exportacao(String id, String titulo, String arquivo, String filtro, String rotuloFiltro,
                      List<Opcao> opcoes, String de, String ate, String periodo, String botao) {
    }

    private final Calendario calendario;
    private final Formatos formatos;

    RelatoriosConsoleController(Calendario calendario, Formatos formatos) {
        this.calendario = calendario;
        this.formatos = formatos;
    }

    @GetMapping("/relatorios")
    String relatorios(Model model) {
        model.addAttribute("mesAtual", YearMonth.from(calendario.hoje()).toString());
        model.addAttribute("exportacoes", List.of(
                new Exportacao("boletos", "Boletos (Excel)", "boletos.xlsx", "situacao", "Situação",
                        opcoes(SituacaoBoleto.values(), formatos::situacao), "vencimentoDe", "vencimentoAte",
                        "Vencimento", "Baixar planilha de boletos"),
                new Exportacao("pagamentos", "Pagamentos (Excel)", "pagamentos.xlsx", "status", "Situação",
                        opcoes(StatusPagamento.values(), formatos::pagamento), "pagoDe", "pagoAte",
                        "Pagos", "Baixar planilha de pagamentos"),
                new Exportacao("disparos", "Envios pelo WhatsApp (Excel)", "disparos.xlsx", "status", "Situação",
                        opcoes(StatusDisparo.values(), formatos::disparo), "solicitadoDe", "solicitadoAte",
                        "Solicitados", "Baixar planilha de envios"),
                new Exportacao("leads", "Leads (Excel)", "leads.xlsx", "etapa", "Etapa",
                        opcoes(EtapaLead.values(), formatos::etapa), "capturadoDe", "capturadoAte",
                        "Captados", "Baixar planilha de leads")));
        return "console/relatorios";
    }

    private static <E extends Enum<E>> List<Opcao> opcoes(E[] valores, Function<E, String> rotulo) {
        return Arrays.stream(valores).map(v -> new Opcao(v.name(), rotulo.apply(v))).toList();
    }
}
