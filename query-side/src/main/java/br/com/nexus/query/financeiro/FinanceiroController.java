package br.com.nexus.query.financeiro;

import br.com.nexus.kernel.consulta.financeiro.BuscarFinanceiroQuery;
import br.com.nexus.kernel.consulta.financeiro.Financeiro;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Revenue of a period: the current month up to today unless {@code de}/{@code ate} say otherwise. */
@Tag(name = "Financeiro", description = "Receita por período, método e situação")
@RestController
class FinanceiroController {

    private final Consultas consultas;
    private final Calendario calendario;

    FinanceiroController(Consultas consultas, Calendario calendario) {
        this.consultas = consultas;
        this.calendario = calendario;
    }

    @Operation(summary = "Resumo financeiro")
    @GetMapping("/api/financeiro")
    Financeiro financeiro(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate de,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ate) {
        LocalDate fim = ate != null ? ate : calendario.hoje();
        LocalDate inicio = de != null ? de : fim.withDayOfMonth(1);
        Calendario.validar(inicio, fim);
        return consultas.buscar(new BuscarFinanceiroQuery(Usuarios.tenant(usuario), inicio, fim), Financeiro.class);
    }
}
