package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.consulta.disparo.ListarDisparosQuery;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Reports: the monthly PDF and the Excel exports of the lists. The exports take the same filters
 * as the lists and stream, with no row limit. The console's Relatórios page downloads the same
 * files under {@code /relatorios/}, with its session instead of a bearer token.
 */
@Tag(name = "Relatórios", description = "Exportações em PDF e Excel")
@RestController
class RelatoriosController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Where the console (session-authenticated, left out of the API description) downloads them. */
    static final String CONSOLE = "/relatorios/";

    private static final YearMonth PRIMEIRO_MES = YearMonth.of(2000, 1);
    private static final YearMonth ULTIMO_MES = YearMonth.of(2100, 12);

    private final RelatorioMensal relatorioMensal;
    private final Exportacoes exportacoes;
    private final Calendario calendario;
    private final Clock relogio;

    RelatoriosController(RelatorioMensal relatorioMensal, Exportacoes exportacoes, Calendario calendario,
            ObjectProvider<Clock> relogio) {
        this.relatorioMensal = relatorioMensal;
        this.exportacoes = exportacoes;
        this.calendario = calendario;
        this.relogio = relogio.getIfAvailable(Clock::systemUTC);
    }

    /** The month's report, by default the current month. */
    @Operation(summary = "Relatório mensal em PDF")
    @GetMapping({"/api/relatorios/mensal.pdf", CONSOLE + "mensal.pdf"})
    ResponseEntity<byte[]> mensal(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth mes) {
        TenantId tenant = Usuarios.tenant(usuario);
        if (mes != null && (mes.isBefore(PRIMEIRO_MES) || mes.isAfter(ULTIMO_MES))) {
            throw DomainException.invalido("MES_INVALIDO", "Informe o mês entre " + PRIMEIRO_MES + " e " + ULTIMO_MES);
        }
        YearMonth referencia = mes != null ? mes : YearMonth.from(calendario.hoje());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        relatorioMensal.gerar(tenant, referencia, relogio.instant(), pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, anexo("relatorio-" + referencia + ".pdf"))
                .body(pdf.toByteArray());
    }

    @Operation(summary = "Planilha de boletos")
    @GetMapping({"/api/relatorios/boletos.xlsx", CONSOLE + "boletos.xlsx"})
    ResponseEntity<StreamingResponseBody> boletos(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) SituacaoBoleto situacao,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vencimentoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vencimentoAte,
            @RequestParam(required = false) UUID clienteId,
            @RequestParam(required = false) OrigemBoleto origem,
            @RequestParam(required = false) Boolean enviado) {
        ListarBoletosQuery filtros = new ListarBoletosQuery(Usuarios.tenant(usuario), situacao, vencimentoDe,
                vencimentoAte, clienteId == null ? null : new ClienteId(clienteId), origem, enviado, null, 0, 1);
        return planilha("boletos.xlsx", saida -> exportacoes.boletos(filtros, saida));
    }

    @Operation(summary = "Planilha de pagamentos")
    @GetMapping({"/api/relatorios/pagamentos.xlsx", CONSOLE + "pagamentos.xlsx"})
    ResponseEntity<StreamingResponseBody> pagamentos(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) StatusPagamento status,
            @RequestParam(required = false) MetodoPagamento metodo,
            @RequestParam(required = false) Provedor provedor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pagoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pagoAte) {
        ListarPagamentosQuery filtros = new ListarPagamentosQuery(Usuarios.tenant(usuario), status, metodo, provedor,
                null, null, pagoDe, pagoAte, null, 0, 1);
        return planilha("pagamentos.xlsx", saida -> exportacoes.pagamentos(filtros, saida));
    }

    @Operation(summary = "Planilha de disparos")
    @GetMapping({"/api/relatorios/disparos.xlsx", CONSOLE + "disparos.xlsx"})
    ResponseEntity<StreamingResponseBody> disparos(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) StatusDisparo status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate solicitadoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate solicitadoAte) {
        ListarDisparosQuery filtros = new ListarDisparosQuery(Usuarios.tenant(usuario), status, null, null,
                solicitadoDe == null ? null : calendario.inicio(solicitadoDe),
                solicitadoAte == null ? null : calendario.fim(solicitadoAte), null, 0, 1);
        return planilha("disparos.xlsx", saida -> exportacoes.disparos(filtros, saida));
    }

    @Operation(summary = "Planilha de leads")
    @GetMapping({"/api/relatorios/leads.xlsx", CONSOLE + "leads.xlsx"})
    ResponseEntity<StreamingResponseBody> leads(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) EtapaLead etapa,
            @RequestParam(required = false) OrigemLead origem,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate capturadoDe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate capturadoAte) {
        ListarLeadsQuery filtros = new ListarLeadsQuery(Usuarios.tenant(usuario), etapa, origem, null,
                capturadoDe == null ? null : calendario.inicio(capturadoDe),
                capturadoAte == null ? null : calendario.fim(capturadoAte), null, 0, 1);
        return planilha("leads.xlsx", saida -> exportacoes.leads(filtros, saida));
    }

    private static ResponseEntity<StreamingResponseBody> planilha(String arquivo, StreamingResponseBody corpo) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, anexo(arquivo))
                .body(corpo);
    }

    private static String anexo(String arquivo) {
        return ContentDisposition.attachment().filename(arquivo).build().toString();
    }
}
