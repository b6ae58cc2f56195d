package br.com.nexus.app.console;

import br.com.nexus.app.web.ProblemHandler;
import br.com.nexus.command.api.lead.ConversaoDeLead;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.lead.BuscarLeadQuery;
import br.com.nexus.kernel.consulta.lead.LeadResumo;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.lead.PaginaDeLeads;
import br.com.nexus.kernel.lead.AgendarLeadCommand;
import br.com.nexus.kernel.lead.CapturarLeadCommand;
import br.com.nexus.kernel.lead.ContatarLeadCommand;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.QualificarLeadCommand;
import br.com.nexus.kernel.lead.ReabrirLeadCommand;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leads: the funnel as a board, a column per stage; capturing a lead, moving one (the API's commands)
 * and converting it with a CPF. A move that needs more (a date, a reason, a CPF) asks for it first.
 */
@Hidden
@Controller
class LeadsConsoleController {

    static final int POR_COLUNA = 50;
    private static final int TEXTO_MAXIMO = 2000;

    private final Consultas consultas;
    private final CommandGateway comandos;
    private final ObjectProvider<ConversaoDeLead> conversao;
    private final Calendario calendario;
    private final Leitura leitura;

    LeadsConsoleController(Consultas consultas, CommandGateway comandos, ObjectProvider<ConversaoDeLead> conversao,
            Calendario calendario, Leitura leitura) {
        this.consultas = consultas;
        this.comandos = comandos;
        this.conversao = conversao;
        this.calendario = calendario;
        this.leitura = leitura;
    }

    @GetMapping("/leads")
    String quadro(@AuthenticationPrincipal UsuarioAutenticado usuario, Model model) {
        List<ColunaDoFunil> colunas = Arrays.stream(EtapaLead.values()).map(etapa -> coluna(usuario.tenantId(), etapa))
                .toList();
        model.addAttribute("colunas", colunas);
        model.addAttribute("vazio", colunas.stream().allMatch(c -> c.total() == 0));
        model.addAttribute("origens", OrigemLead.values());
        return "console/leads";
    }

    @PostMapping("/leads")
    String capturar(@AuthenticationPrincipal UsuarioAutenticado usuario, @RequestParam(defaultValue = "") String nome,
            @RequestParam(defaultValue = "") String telefone, @RequestParam(defaultValue = "OUTRO") OrigemLead origem,
            @RequestParam(defaultValue = "") String interesse, RedirectAttributes avisos) {
        String limpo = nome.strip();
        if (limpo.isEmpty() || limpo.length() > 200 || telefone.isBlank() || telefone.length() > 40
                || interesse.length() > 500) {
            avisos.addFlashAttribute("erro", "Informe o nome (até 200 caracteres) e o telefone do lead.");
            return "redirect:/leads";
        }
        LeadId id = LeadId.novo();
        try {
            comandos.sendAndWait(new CapturarLeadCommand(id, usuario.tenantId(), limpo, Telefone.of(telefone), null,
                    origem, interesse.isBlank() ? null : interesse.strip()));
            leitura.aguardar(() -> lead(usuario.tenantId(), id) != null);
            avisos.addFlashAttribute("sucesso", "Lead " + limpo + " capturado.");
        } catch (RuntimeException e) {
            avisos.addFlashAttribute("erro", recusa(e).message());
        }
        return "redirect:/leads";
    }

    /**
     * Moves a lead. A destination that needs more than itself is answered with the page that asks for
     * it; that page posts here again with the data.
     */
    @PostMapping("/leads/{id}/etapa")
    ModelAndView mover(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            @RequestParam MovimentoDoLead destino, @RequestParam(required = false) String motivo,
            @RequestParam(required = false) String dataHora, @RequestParam(required = false) String procedimento,
            @RequestParam(required = false) String cpf, @RequestParam(defaultValue = "false") boolean confirmado,
            RedirectAttributes avisos) {
        TenantId tenant = usuario.tenantId();
        LeadId leadId = new LeadId(id);
        LeadResumo lead = lead(tenant, leadId);
        if (lead == null) {
            throw new PaginaNaoEncontrada();
        }
        Pedido pedido = new Pedido(destino, texto(motivo), texto(dataHora), texto(procedimento), texto(cpf));
        if (destino.pedeDados() && !confirmado) {
            return pedir(lead, pedido, null, HttpStatus.OK);
        }
        try {
            executar(tenant, leadId, pedido);
        } catch (RuntimeException e) {
            ErroDominio erro = recusa(e);
            if (destino.pedeDados()) {
                return pedir(lead, pedido, erro.message(), ProblemHandler.status(erro.kind()));
            }
            avisos.addFlashAttribute("erro", erro.message());
            return new ModelAndView("redirect:/leads");
        }
        leitura.aguardar(() -> {
            LeadResumo agora = lead(tenant, leadId);
            return agora != null && destino.feito(agora.etapa());
        });
        avisos.addFlashAttribute("sucesso", lead.nome() + ": " + (destino == MovimentoDoLead.REABERTO ? "reaberto."
                : "movido para " + destino.rotulo() + "."));
        return new ModelAndView("redirect:/leads");
    }

    /** What the operator filled in for a move; blank fields are absent. */
    record Pedido(MovimentoDoLead destino, String motivo, String dataHora, String procedimento, String cpf) {
    }

    private void executar(TenantId tenant, LeadId leadId, Pedido pedido) {
        switch (pedido.destino()) {
            case CONTATADO -> comandos.sendAndWait(new ContatarLeadCommand(leadId, tenant, null));
            case QUALIFICADO -> comandos.sendAndWait(new QualificarLeadCommand(leadId, tenant, null));
            case AGENDADO -> comandos.sendAndWait(new AgendarLeadCommand(leadId, tenant, instante(pedido.dataHora()),
                    limitado(pedido.procedimento(), 200, "O procedimento")));
            case PERDIDO -> comandos.sendAndWait(new PerderLeadCommand(leadId, tenant, motivo(pedido)));
            case REABERTO -> comandos.sendAndWait(new ReabrirLeadCommand(leadId, tenant, motivo(pedido)));
            case CONVERTIDO -> converter(tenant, leadId, pedido.cpf());
        }
    }

    private void converter(TenantId tenant, LeadId leadId, String cpf) {
        if (cpf == null) {
            throw DomainException.invalido("CPF_OBRIGATORIO", "Informe o CPF do cliente para converter o lead.");
        }
        ConversaoDeLead servico = conversao.getIfAvailable();
        if (servico == null) {
            throw DomainException.regraViolada("CONVERSAO_INDISPONIVEL",
                    "A conversão é feita pelos nós de comando: use POST /api/leads/{id}/conversao.");
        }
        servico.converter(tenant, leadId, limitado(cpf, 20, "O CPF"));
    }

    private static String motivo(Pedido pedido) {
        if (pedido.motivo() == null) {
            throw DomainException.invalido("MOTIVO_OBRIGATORIO", "Informe o motivo.");
        }
        return limitado(pedido.motivo(), TEXTO_MAXIMO, "O motivo");
    }

    /** A datetime-local field (2026-12-10T14:30) read in the firm's time zone. */
    private Instant instante(String dataHora) {
        if (dataHora == null) {
            throw DomainException.invalido("DATA_HORA_OBRIGATORIA", "Informe a data e a hora do agendamento.");
        }
        try {
            return LocalDateTime.parse(dataHora).atZone(calendario.fuso()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalido("DATA_HORA_INVALIDA", "Data e hora inválidas: use dd/mm/aaaa hh:mm.");
        }
    }

    private static String limitado(String texto, int maximo, String campo) {
        if (texto != null && texto.length() > maximo) {
            throw DomainException.invalido("TEXTO_LONGO_DEMAIS", campo + " deve ter até " + maximo + " caracteres.");
        }
        return texto;
    }

    private static ModelAndView pedir(LeadResumo lead, Pedido pedido, String erro, HttpStatus status) {
        ModelAndView pagina = new ModelAndView("console/lead-mover", status);
        pagina.addObject("lead", lead);
        pagina.addObject("pedido", pedido);
        pagina.addObject("erro", erro);
        return pagina;
    }

    private ColunaDoFunil coluna(TenantId tenant, EtapaLead etapa) {
        PaginaDeLeads leads = consultas.buscar(new ListarLeadsQuery(tenant, etapa, null, null, null, null, null, 0,
                POR_COLUNA), PaginaDeLeads.class);
        return new ColunaDoFunil(etapa, leads.total(), leads.items().stream()
                .map(lead -> new ColunaDoFunil.Cartao(lead, MovimentoDoLead.aPartirDe(lead.etapa()))).toList());
    }

    private LeadResumo lead(TenantId tenant, LeadId id) {
        return consultas.buscarOpcional(new BuscarLeadQuery(tenant, id), LeadResumo.class).orElse(null);
    }

    private static ErroDominio recusa(RuntimeException e) {
        return Recusas.de(e).orElseThrow(() -> e);
    }

    private static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.strip();
    }
}
