package br.com.nexus.query.lead;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.lead.BuscarLeadQuery;
import br.com.nexus.kernel.consulta.lead.LeadResumo;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.lead.PaginaDeLeads;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Paginacao;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Leads")
@RestController
class LeadsController {

    private final Consultas consultas;
    private final Calendario calendario;

    LeadsController(Consultas consultas, Calendario calendario) {
        this.consultas = consultas;
        this.calendario = calendario;
    }

    /** Leads, filtered by stage, origin, text and capture date (business dates, inclusive). */
    @Operation(summary = "Lista os leads")
    @GetMapping("/api/leads")
    PaginaDeLeads listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) EtapaLead etapa,
            @RequestParam(required = false) OrigemLead origem,
            @RequestParam(required = false) String busca,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate capturadoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate capturadoAte,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paginacao.TAMANHO_PADRAO) int size) {
        Paginacao.validar(page, size);
        return consultas.buscar(new ListarLeadsQuery(Usuarios.tenant(usuario), etapa, origem, busca,
                capturadoDe == null ? null : calendario.inicio(capturadoDe),
                capturadoAte == null ? null : calendario.fim(capturadoAte),
                Paginacao.ordenacao(sort, LeadsProjection.ORDENACOES.keySet()), page, size), PaginaDeLeads.class);
    }

    @Operation(summary = "Detalha um lead")
    @GetMapping("/api/leads/{id}")
    LeadResumo buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarLeadQuery(Usuarios.tenant(usuario), new LeadId(id)),
                LeadResumo.class).orElseThrow(
                        () -> DomainException.naoEncontrado("LEAD_NAO_ENCONTRADO", "Lead não encontrado"));
    }
}
