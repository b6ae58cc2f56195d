package br.com.nexus.command.pagamento;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.ConciliarPagamentoCommand;
import br.com.nexus.kernel.pagamento.ConfirmarPagamentoCommand;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.EstornarPagamentoCommand;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoDivergente;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.kernel.pagamento.RecusarPagamentoCommand;
import br.com.nexus.kernel.pagamento.ResultadoConciliacao;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An expected payment and what its provider said about it. Providers redeliver webhooks, so
 * each provider event id is applied once and a confirmation of a confirmed payment is a no-op.
 * A refused payment may still be confirmed: providers let the payer retry on the same charge.
 */
@Aggregate(cache = "pagamentoAggregateCache")
class Pagamento {

    @AggregateIdentifier
    private PagamentoId pagamentoId;
    private TenantId tenantId;
    private BoletoId boletoId;
    private Dinheiro valor;
    private Dinheiro valorPago;
    private StatusPagamento status;
    private Dinheiro valorDivergente;
    private Dinheiro valorEstornado = Dinheiro.ZERO;
    private final Set<String> eventosDoProvedor = new HashSet<>();

    Pagamento() {
    }

    /** Creation with a check: a second creation under a taken id is refused, not left to the event store. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CriarPagamentoCommand comando) {
        if (pagamentoId != null) {
            throw DomainException.conflito("PAGAMENTO_JA_EXISTE", "Já existe um pagamento com o id " + comando.pagamentoId());
        }
        Dinheiro valorEsperado = Validacoes.valorPositivo(comando.valor());
        Validacoes.obrigatorio(comando.provedor(), "PROVEDOR_OBRIGATORIO", "Provedor do pagamento é obrigatório");
        Validacoes.obrigatorio(comando.metodo(), "METODO_OBRIGATORIO", "Método de pagamento é obrigatório");
        apply(new PagamentoCriado(comando.pagamentoId(), comando.tenantId(), comando.boletoId(), comando.clienteId(),
                comando.provedor(), comando.referenciaExterna(), valorEsperado, comando.metodo()));
    }

    @CommandHandler
    void handle(ConfirmarPagamentoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), pagamentoId);
        if (jaAplicado(comando.providerEventId()) || status == StatusPagamento.CONFIRMADO) {
            return;
        }
        if (status == StatusPagamento.ESTORNADO) {
            throw DomainException.conflito("PAGAMENTO_ESTORNADO", "Pagamento estornado não pode ser confirmado");
        }
        Dinheiro pago = comando.valorPago() == null ? valor : Validacoes.valorPositivo(comando.valorPago());
        LocalDate data = Validacoes.obrigatorio(comando.dataPagamento(), "DATA_PAGAMENTO_OBRIGATORIA",
                "Data do pagamento é obrigatória");
        apply(new PagamentoConfirmado(pagamentoId, tenantId, boletoId, pago, data, comando.providerEventId()));
    }

    /**
     * A provider's report of money received: the amount charged confirms the payment, any other
     * amount is left for a human as a divergence (reported once per distinct amount).
     */
    @CommandHandler
    ResultadoConciliacao handle(ConciliarPagamentoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), pagamentoId);
        if (jaAplicado(comando.providerEventId()) || status == StatusPagamento.CONFIRMADO) {
            return ResultadoConciliacao.SEM_EFEITO;
        }
        if (status == StatusPagamento.ESTORNADO) {
            throw DomainException.conflito("PAGAMENTO_ESTORNADO", "Pagamento estornado não pode ser confirmado");
        }
        Dinheiro recebido = Validacoes.valorPositivo(comando.valorRecebido());
        LocalDate data = Validacoes.obrigatorio(comando.dataPagamento(), "DATA_PAGAMENTO_OBRIGATORIA",
                "Data do pagamento é obrigatória");
        if (recebido.equals(valor)) {
            apply(new PagamentoConfirmado(pagamentoId, tenantId, boletoId, recebido, data, comando.providerEventId()));
            return ResultadoConciliacao.CONFIRMADO;
        }
        if (!recebido.equals(valorDivergente)) {
            apply(new PagamentoDivergente(pagamentoId, tenantId, boletoId, valor, recebido, data,
                    comando.providerEventId()));
        }
        return ResultadoConciliacao.DIVERGENTE;
    }

    @CommandHandler
    void handle(RecusarPagamentoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), pagamentoId);
        if (jaAplicado(comando.providerEventId()) || status == StatusPagamento.RECUSADO) {
            return;
        }
        if (status != StatusPagamento.PENDENTE) {
            throw DomainException.conflito("PAGAMENTO_NAO_PENDENTE", "Só um pagamento pendente pode ser recusado");
        }
        apply(new PagamentoRecusado(pagamentoId, tenantId, comando.motivo(), comando.providerEventId()));
    }

    /**
     * A refund, whole or in parts: each part is applied while the total refunded stays within what
     * was paid. A refund without an amount takes all that is left, and is a no-op once nothing is
     * (a provider confirming a refund already entered by hand).
     */
    @CommandHandler
    void handle(EstornarPagamentoCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), pagamentoId);
        if (jaAplicado(comando.providerEventId())) {
            return;
        }
        if (status != StatusPagamento.CONFIRMADO && status != StatusPagamento.ESTORNADO) {
            throw DomainException.conflito("PAGAMENTO_NAO_CONFIRMADO", "Só um pagamento confirmado pode ser estornado");
        }
        Dinheiro restante = valorPago.menos(valorEstornado);
        if (comando.valor() == null && restante.ehZero()) {
            return;
        }
        Dinheiro estornado = comando.valor() == null ? restante : Validacoes.valorPositivo(comando.valor());
        if (estornado.compareTo(restante) > 0) {
            throw DomainException.regraViolada("ESTORNO_MAIOR_QUE_PAGO", "Estorno de " + estornado.formatado()
                    + " maior que o que resta do valor pago (" + restante.formatado() + " de " + valorPago.formatado()
                    + ")");
        }
        apply(new PagamentoEstornado(pagamentoId, tenantId, boletoId, estornado, comando.motivo(),
                comando.providerEventId(), estornado.equals(restante)));
    }

    private boolean jaAplicado(String providerEventId) {
        return providerEventId != null && eventosDoProvedor.contains(providerEventId);
    }

    private void registrarEventoDoProvedor(String providerEventId) {
        if (providerEventId != null) {
            eventosDoProvedor.add(providerEventId);
        }
    }

    @EventSourcingHandler
    void on(PagamentoCriado evento) {
        pagamentoId = evento.pagamentoId();
        tenantId = evento.tenantId();
        boletoId = evento.boletoId();
        valor = evento.valor();
        status = StatusPagamento.PENDENTE;
    }

    @EventSourcingHandler
    void on(PagamentoConfirmado evento) {
        status = StatusPagamento.CONFIRMADO;
        valorPago = evento.valorPago();
        registrarEventoDoProvedor(evento.providerEventId());
    }

    @EventSourcingHandler
    void on(PagamentoDivergente evento) {
        valorDivergente = evento.valorRecebido();
        registrarEventoDoProvedor(evento.providerEventId());
    }

    @EventSourcingHandler
    void on(PagamentoRecusado evento) {
        status = StatusPagamento.RECUSADO;
        registrarEventoDoProvedor(evento.providerEventId());
    }

    @EventSourcingHandler
    void on(PagamentoEstornado evento) {
        status = StatusPagamento.ESTORNADO;
        valorEstornado = evento.valor() == null ? valorPago : valorEstornado.mais(evento.valor());
        registrarEventoDoProvedor(evento.providerEventId());
    }
}
