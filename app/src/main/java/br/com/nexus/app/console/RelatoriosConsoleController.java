package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.query.comum.Calendario;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.YearMonth;
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

    private final Calendario calendario;

    RelatoriosConsoleController(Calendario calendario) {
        this.calendario = calendario;
    }

    @GetMapping("/relatorios")
    String relatorios(Model model) {
        model.addAttribute("mesAtual", YearMonth.from(calendario.hoje()).toString());
        model.addAttribute("situacoes", SituacaoBoleto.values());
        model.addAttribute("statusPagamento", StatusPagamento.values());
        model.addAttribute("statusDisparo", StatusDisparo.values());
        model.addAttribute("etapas", EtapaLead.values());
        return "console/relatorios";
    }
}
