package br.com.nexus.app.console;

import br.com.nexus.command.api.pagamento.LancamentoDePagamentoManual;
import br.com.nexus.command.api.pagamento.LancamentoDePagamentoManual.Lancamento;
import br.com.nexus.command.documento.EntregaDoPdf;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.boleto.BoletoDetalhe;
import br.com.nexus.kernel.consulta.boleto.BuscarBoletoQuery;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.consulta.cobranca.BuscarReguaDoBoletoQuery;
import br.com.nexus.kernel.consulta.cobranca.ReguaDoBoleto;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.ResultadoSolicitacaoDisparo;
import br.com.nexus.kernel.disparo.SolicitarDisparoDeBoletoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Boletos: the list filtered by situação and vencimento, one boleto with its PDF, its régua, its
 * dispatches and payments, "enviar agora" and a manual payment, through the API's own commands.
 */
@Hidden
@Controller
class BoletosConsoleController {

    static final int POR_PAGINA = 20;

    private final Consultas consultas;
    private final CommandGateway comandos;
    private final ObjectProvider<LancamentoDePagamentoManual> lancamentos;
    private final ObjectProvider<EntregaDoPdf> pdfs;
    private final Leitura leitura;
    private final Calendario calendario;
    private final Formatos formatos;

    /** Payments and PDFs are the command side's; a query-only node serves the pages without them. */
    BoletosConsoleController(Consultas consultas, CommandGateway comandos,
            ObjectProvider<LancamentoDePagamentoManual> lancamentos, ObjectProvider<EntregaDoPdf> pdfs, Leitura leitura, Calendario calendario, Formatos formatos) {
        this.consultas = consultas;
        this.comandos = comandos;
        this.lancamentos = lancamentos;
        this.pdfs = pdfs;
        this.leitura = leitura;
        this.calendario = calendario;
        this.formatos = formatos;
    }

    @GetMapping("/boletos")
    String listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) String situacao,
            @RequestParam(required = false) String vencimentoDe,
            @RequestParam(required = false) String vencimentoAte,
            @RequestParam(defaultValue = "1") int pagina, Model model) {
        FiltroDeBoletos filtro = FiltroDeBoletos.de(situacao, vencimentoDe, vencimentoAte);
        Paginas paginas = Paginas.de(pagina);
        PaginaDeBoletos boletos = consultas.buscar(new ListarBoletosQuery(usuario.tenantId(), filtro.situacao(),
                filtro.vencimentoDe(), filtro.vencimentoAte(), null, null, null, null, paginas.indice(), POR_PAGINA),
                PaginaDeBoletos.class);
        model.addAttribute("filtro", filtro);
        model.addAttribute("situacoes", SituacaoBoleto.values());
        model.addAttribute("boletos", boletos);
        model.addAttribute("paginas", paginas.com(boletos.total(), POR_PAGINA));
        return "console/boletos";
    }

    @GetMapping("/boletos/{id}")
    String detalhar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id, Model model) {
        BoletoId boletoId = new BoletoId(id);
        BoletoDetalhe boleto = boleto(usuario, boletoId);
        model.addAttribute("detalhe", boleto);
        model.addAttribute("b", boleto.boleto());
        model.addAttribute("regua", consultas.buscarOpcional(new BuscarReguaDoBoletoQuery(usuario.tenantId(),
                boletoId), ReguaDoBoleto.class).orElse(null));
        model.addAttribute("saldo", saldo(boleto));
        model.addAttribute("metodos", MetodoPagamento.values());
        model.addAttribute("hoje", calendario.hoje());
        model.addAttribute("aceitaDivergencia", LancamentoDePagamentoManual.podeAceitarDivergencia(usuario.papel()));
        return "console/boleto";
    }

    /** The PDF shown inside the boleto's page (inline), from the same source as GET /api/boletos/{id}/pdf. */
    @GetMapping("/boletos/{id}/pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seNaoFor) {
        EntregaDoPdf entrega = pdfs.getIfAvailable();
        if (entrega == null) {
            throw new PaginaNaoEncontrada();
        }
        return entrega.responder(usuario.tenantId(), new BoletoId(id), seNaoFor, EntregaDoPdf.Forma.EXIBICAO);
    }

    /** "Enviar agora": the command behind POST /api/boletos/{id}/disparos, with the default template. */
    @PostMapping("/boletos/{id}/disparos")
    String enviar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            RedirectAttributes avisos) {
        BoletoId boletoId = new BoletoId(id);
        int antes = boleto(usuario, boletoId).disparos().size();
        return executar(usuario, boletoId, avisos, () -> {
            ResultadoSolicitacaoDisparo resultado = comandos.sendAndWait(new SolicitarDisparoDeBoletoCommand(
                    DisparoId.novo(), usuario.tenantId(), boletoId, null, false));
            return "Envio solicitado para " + resultado.destinoMascarado()
                    + (resultado.comAnexo() ? ", com o PDF." : ", sem o PDF.");
        }, depois -> depois.disparos().size() > antes);
    }

    /** A manual payment of this boleto, with the API's validation and its divergence rule. */
    @PostMapping("/boletos/{id}/pagamentos")
    String pagar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String valor,
            @RequestParam(defaultValue = "") String metodo,
            @RequestParam(defaultValue = "") String dataPagamento,
            @RequestParam(defaultValue = "false") boolean aceitarDivergencia,
            RedirectAttributes avisos) {
        BoletoId boletoId = new BoletoId(id);
        BoletoDetalhe antes = boleto(usuario, boletoId);
        return executar(usuario, boletoId, avisos, () -> {
            Dinheiro pago = Dinheiro.parse(valor);
            LancamentoDePagamentoManual servico = lancamentos.getIfAvailable();
            if (servico == null) {
                throw DomainException.regraViolada("PAGAMENTO_MANUAL_INDISPONIVEL",
                        "O pagamento manual é registrado pelos nós de comando: use POST /api/pagamentos.");
            }
            servico.lancar(usuario, new Lancamento(antes.boleto().clienteId(), boletoId, pago, metodo(metodo),
                    data(dataPagamento), aceitarDivergencia));
            return "Pagamento de " + pago.formatado() + " registrado.";
        }, depois -> !Objects.equals(depois.valorPago(), antes.valorPago()));
    }

    /** Runs the action, then waits (briefly) for the boleto's page to show it; a refusal is shown in its words. */
    private String executar(UsuarioAutenticado usuario, BoletoId boletoId, RedirectAttributes avisos,
            Supplier<String> acao, Predicate<BoletoDetalhe> refletido) {
        try {
            avisos.addFlashAttribute("sucesso", acao.get());
            leitura.aguardar(() -> refletido.test(boleto(usuario, boletoId)));
        } catch (RuntimeException e) {
            avisos.addFlashAttribute("erro", Recusas.de(e).orElseThrow(() -> e).message());
        }
        return "redirect:/boletos/" + boletoId;
    }

    private BoletoDetalhe boleto(UsuarioAutenticado usuario, BoletoId boletoId) {
        return consultas.buscarOpcional(new BuscarBoletoQuery(usuario.tenantId(), boletoId), BoletoDetalhe.class)
                .orElseThrow(PaginaNaoEncontrada::new);
    }

    /** What is still owed, as the payment form starts with it ("1.234,56"). */
    private String saldo(BoletoDetalhe detalhe) {
        Dinheiro pago = detalhe.valorPago() == null ? Dinheiro.ZERO : detalhe.valorPago();
        Dinheiro saldo = detalhe.boleto().valor().compareTo(pago) > 0 ? detalhe.boleto().valor().menos(pago)
                : Dinheiro.ZERO;
        return formatos.semMoeda(saldo);
    }

    private static MetodoPagamento metodo(String texto) {
        try {
            return MetodoPagamento.valueOf(texto.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalido("METODO_INVALIDO", "Escolha a forma de pagamento.");
        }
    }

    private static LocalDate data(String texto) {
        if (texto.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(texto.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalido("DATA_INVALIDA", "Informe a data do pagamento no formato dd/mm/aaaa.");
        }
    }
}
