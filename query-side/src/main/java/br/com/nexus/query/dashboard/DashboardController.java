package br.com.nexus.query.dashboard;

import br.com.nexus.kernel.consulta.dashboard.BuscarDashboardQuery;
import br.com.nexus.kernel.consulta.dashboard.Dashboard;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Dashboard", description = "Indicadores da empresa em um só lugar")
@RestController
class DashboardController {

    private final Consultas consultas;

    DashboardController(Consultas consultas) {
        this.consultas = consultas;
    }

    @Operation(summary = "Indicadores do painel")
    @GetMapping("/api/dashboard")
    Dashboard dashboard(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        return consultas.buscar(new BuscarDashboardQuery(Usuarios.tenant(usuario)), Dashboard.class);
    }
}
