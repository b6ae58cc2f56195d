package br.com.nexus.query.funil;

import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.consulta.funil.BuscarFunilQuery;
import br.com.nexus.kernel.consulta.funil.Funil;
import br.com.nexus.kernel.lead.OrigemLead;
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

/** The funnel of the leads captured in a period: the last 30 days unless {@code de}/{@code ate} say otherwise. */
@Tag(name = "Funil", description = "Conversão de leads por etapa, origem e período")
@RestController
class FunilController {

    private final Consultas consultas;
    private final Calendario calendario;

    FunilController(Consultas consultas, Calendario calendario) {
        this.consultas = consultas;
        this.calendario = calendario;
    }

    @Operation(summary = "Funil de vendas")
    @GetMapping("/api/funil")
    Funil funil(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate de,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ate,
            @RequestParam(required = false) OrigemLead origem,
            @RequestParam(defaultValue = "DIA") Agrupamento agrupamento) {
        LocalDate fim = ate != null ? ate : calendario.hoje();
        LocalDate inicio = de != null ? de : fim.minusDays(29);
        Calendario.validar(inicio, fim);
        return consultas.buscar(new BuscarFunilQuery(Usuarios.tenant(usuario), inicio, fim, origem, agrupamento),
                Funil.class);
    }
}
