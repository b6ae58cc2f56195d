package br.com.nexus.command.boleto;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoPdfDivergente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.CancelarBoletoCommand;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.MarcarBoletoPagoCommand;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.boleto.RegistrarDivergenciaPdfBoletoCommand;
import br.com.nexus.kernel.boleto.RegistrarEstornoNoBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A bank slip: registered once, paid once (possibly in parts: a payment below the balance leaves it
 * open with the rest to pay), reopened when the payment that settled it is refunded in full, and
 * never dispatched while paid or once cancelled.
 */
@Aggregate(cache = "boletoAggregateCache")
class Boleto {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @AggregateIdentifier
    private BoletoId boletoId;
    private TenantId tenantId;
    private ClienteId clienteId;
    private OrigemBoleto origem;
    private LocalDate vencimento;
    private Dinheiro valor;
    private Dinheiro saldo;
    /** What the boleto has received, net of refunds. */
    private Dinheiro recebido = Dinheiro.ZERO;
    private final Set<PagamentoId> pagamentosParciais = new HashSet<>();
    /** Payments refunded in full: a late request to mark the boleto paid by one of them does nothing. */
    private final Set<PagamentoId> pagamentosEstornados = new HashSet<>();
    private final Set<String> estornos = new HashSet<>();
    private String sha256Pdf;
    private String sha256PdfDivergente;
    private boolean vencido;
    private PagamentoId pagamentoId;
    private boolean cancelado;

    Boleto() {
    }

    /**
     * Creation with checks: a second registration under a taken id is refused, not left to the event
     * store, and so is a second boleto with a linha digitável the tenant already has.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistrarBoletoCommand comando, BoletoLinhaDigitavelLookup linhas) {
        if (boletoId != null) {
            throw DomainException.conflito("BOLETO_JA_EXISTE", "Já existe um boleto com o id " + comando.boletoId());
        }
        Validacoes.obrigatorio(comando.clienteId(), "CLIENTE_OBRIGATORIO", "Cliente do boleto é obrigatório");
        Validacoes.obrigatorio(comando.origem(), "ORIGEM_OBRIGATORIA", "Origem do boleto é obrigatória");
        Dinheiro valor = Validacoes.valorPositivo(comando.valor());
        LocalDate venceEm = Validacoes.obrigatorio(comando.vencimento(), "VENCIMENTO_OBRIGATORIO",
                "Vencimento do boleto é obrigatório");
        if (comando.parcela() != null && comando.parcela() < 1) {
            throw DomainException.invalido("PARCELA_INVALIDA", "Parcela deve ser 1 ou maior");
        }
        if (comando.codigoBarras() == null && comando.linhaDigitavel() == null) {
            throw DomainException.invalido("CODIGO_BARRAS_OBRIGATORIO", "Informe o código de barras ou a linha digitável");
        }
        CodigoBarras codigo = comando.codigoBarras() != null ? comando.codigoBarras() : comando.linhaDigitavel().codigoBarras();
        LinhaDigitavel linha = comando.linhaDigitavel() != null ? comando.linhaDigitavel() : codigo.linhaDigitavel();
        if (!linha.codigoBarras().equals(codigo)) {
            throw DomainException.regraViolada("LINHA_DIGITAVEL_DIVERGENTE",
                    "Linha digitável e código de barras são de boletos diferentes");
        }
        if (!codigo.valor().equals(valor)) {
            throw DomainException.regraViolada("VALOR_DIVERGENTE",
                    "Valor informado difere do valor do código de barras (" + codigo.valor() + ")");
        }
        if (!codigo.venceEm(venceEm)) {
            throw DomainException.regraViolada("VENCIMENTO_DIVERGENTE",
                    "Vencimento informado difere do fator de vencimento do código de barras");
        }
        linhas.reservar(comando.tenantId(), linha, comando.boletoId());
        apply(new BoletoRegistrado(comando.boletoId(), comando.tenantId(), comando.clienteId(), comando.origem(),
                comando.nossoNumero(), linha, codigo, valor, venceEm, comando.parcela(), comando.referencia(),
                comando.descricao()));
    }

    @CommandHandler
    void handle(AnexarPdfBoletoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), boletoId);
        if (comando.sha256() == null || !SHA256.matcher(comando.sha256()).matches()) {
            throw DomainException.invalido("SHA256_INVALIDO", "SHA-256 do PDF deve ter 64 dígitos hexadecimais");
        }
        if (comando.tamanho() <= 0) {
            throw DomainException.invalido("TAMANHO_INVALIDO", "Tamanho do PDF deve ser maior que zero");
        }
        String local = Validacoes.textoObrigatorio(comando.local(), "LOCAL_OBRIGATORIO", "Local do PDF é obrigatório");
        String sha256 = comando.sha256().toLowerCase(Locale.ROOT);
        if (!sha256.equals(sha256Pdf)) {
            apply(new BoletoPdfAnexado(boletoId, tenantId, sha256, comando.tamanho(), local));
        }
    }

    /** Only about the PDF attached now, and once per PDF: a stale or repeated flag does nothing. */
    @CommandHandler
    void handle(RegistrarDivergenciaPdfBoletoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), boletoId);
        if (comando.divergencias() == null || comando.divergencias().isEmpty()) {
            throw DomainException.invalido("DIVERGENCIA_OBRIGATORIA", "Informe ao menos uma divergência");
        }
        String sha256 = comando.sha256() == null ? null : comando.sha256().toLowerCase(Locale.ROOT);
        if (sha256 != null && sha256.equals(sha256Pdf) && !sha256.equals(sha256PdfDivergente)) {
            apply(new BoletoPdfDivergente(boletoId, tenantId, sha256, comando.linhaDoPdf(),
                    Set.copyOf(comando.divergencias())));
        }
    }

    @CommandHandler
    void handle(MarcarBoletoVencidoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), boletoId);
        if (vencido) {
            return;
        }
        exigirEmAberto();
        apply(new BoletoVencido(boletoId, tenantId, vencimento));
    }

    @CommandHandler
    void handle(MarcarBoletoPagoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), boletoId);
        Validacoes.obrigatorio(comando.pagamentoId(), "PAGAMENTO_OBRIGATORIO", "Pagamento é obrigatório");
        if (comando.pagamentoId().equals(pagamentoId) || pagamentosParciais.contains(comando.pagamentoId())
                || pagamentosEstornados.contains(comando.pagamentoId())) {
            return;
        }
        if (pagamentoId != null) {
            throw DomainException.conflito("BOLETO_JA_PAGO", "Boleto já foi pago por outro pagamento");
        }
        if (cancelado) {
            throw cancelado();
        }
        Dinheiro valorPago = comando.valorPago();
        if (valorPago != null && valorPago.compareTo(saldo) < 0) {
            apply(new BoletoPagoParcialmente(boletoId, tenantId, comando.pagamentoId(), valorPago, saldo.menos(valorPago)));
            return;
        }
        Dinheiro excedente = valorPago != null && valorPago.compareTo(saldo) > 0 ? valorPago.menos(saldo) : null;
        apply(new BoletoPago(boletoId, tenantId, comando.pagamentoId(), excedente));
    }

    /**
     * A refund of one of the boleto's payments. The whole of the payment that settled it reopens the
     * boleto (overdue again if it had been); a part of it leaves the boleto paid with less received;
     * a refund of a partial payment puts that part back on the balance. Payments that are not the
     * boleto's, and refunds already counted, change nothing.
     */
    @CommandHandler
    void handle(RegistrarEstornoNoBoletoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), boletoId);
        PagamentoId pagamento = Validacoes.obrigatorio(comando.pagamentoId(), "PAGAMENTO_OBRIGATORIO",
                "Pagamento é obrigatório");
        Dinheiro estornado = Validacoes.valorPositivo(comando.valor());
        boolean quitou = pagamento.equals(pagamentoId);
        if ((!quitou && !pagamentosParciais.contains(pagamento)) || pagamentosEstornados.contains(pagamento)
                || (comando.estornoId() != null && estornos.contains(comando.estornoId()))) {
            return;
        }
        if (quitou && comando.integral()) {
            apply(new BoletoReaberto(boletoId, tenantId, clienteId, origem, vencimento, pagamento, comando.motivo(),
                    saldo, vencido));
            return;
        }
        Dinheiro novoRecebido = estornado.compareTo(recebido) > 0 ? Dinheiro.ZERO : recebido.menos(estornado);
        Dinheiro novoSaldo = pagamentoId != null ? Dinheiro.ZERO
                : novoRecebido.compareTo(valor) >= 0 ? Dinheiro.ZERO : valor.menos(novoRecebido);
        apply(new EstornoNoBoletoRegistrado(boletoId, tenantId, pagamento, comando.estornoId(), estornado,
                novoRecebido, novoSaldo, comando.motivo()));
    }

    @CommandHandler
    void handle(CancelarBoletoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), boletoId);
        if (cancelado) {
            return;
        }
        if (pagamentoId != null) {
            throw pago();
        }
        apply(new BoletoCancelado(boletoId, tenantId, comando.motivo()));
    }

    /** Whether a dispatch may still be requested: not once paid or cancelled. */
    boolean podeSerDisparado() {
        return pagamentoId == null && !cancelado;
    }

    TenantId tenantId() {
        return tenantId;
    }

    ClienteId clienteId() {
        return clienteId;
    }

    private void exigirEmAberto() {
        if (pagamentoId != null) {
            throw pago();
        }
        if (cancelado) {
            throw cancelado();
        }
    }

    private static DomainException pago() {
        return DomainException.conflito("BOLETO_PAGO", "Boleto já pago");
    }

    private static DomainException cancelado() {
        return DomainException.conflito("BOLETO_CANCELADO", "Boleto cancelado");
    }

    @EventSourcingHandler
    void on(BoletoRegistrado evento) {
        boletoId = evento.boletoId();
        tenantId = evento.tenantId();
        clienteId = evento.clienteId();
        origem = evento.origem();
        vencimento = evento.vencimento();
        valor = evento.valor();
        saldo = evento.valor();
    }

    @EventSourcingHandler
    void on(BoletoPagoParcialmente evento) {
        saldo = evento.saldo();
        recebido = recebido.mais(evento.valorPago());
        pagamentosParciais.add(evento.pagamentoId());
    }

    @EventSourcingHandler
    void on(EstornoNoBoletoRegistrado evento) {
        recebido = evento.valorRecebido();
        saldo = evento.saldo();
        if (evento.estornoId() != null) {
            estornos.add(evento.estornoId());
        }
    }

    @EventSourcingHandler
    void on(BoletoReaberto evento) {
        pagamentosEstornados.add(evento.pagamentoId());
        pagamentoId = null;
        saldo = evento.saldo();
        recebido = valor.compareTo(saldo) > 0 ? valor.menos(saldo) : Dinheiro.ZERO;
        vencido = evento.vencido();
    }

    @EventSourcingHandler
    void on(BoletoPdfAnexado evento) {
        sha256Pdf = evento.sha256();
    }

    @EventSourcingHandler
    void on(BoletoPdfDivergente evento) {
        sha256PdfDivergente = evento.sha256();
    }

    @EventSourcingHandler
    void on(BoletoVencido evento) {
        vencido = true;
    }

    @EventSourcingHandler
    void on(BoletoPago evento) {
        pagamentoId = evento.pagamentoId();
        recebido = recebido.mais(saldo).mais(evento.excedente() == null ? Dinheiro.ZERO : evento.excedente());
    }

    @EventSourcingHandler
    void on(BoletoCancelado evento) {
        cancelado = true;
    }
}
