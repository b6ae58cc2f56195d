package br.com.nexus.saga.pagamento;

import br.com.nexus.kernel.boleto.BaixaDeBoletoRecusada;
import br.com.nexus.kernel.boleto.MarcarBoletoPagoCommand;
import br.com.nexus.kernel.boleto.RegistrarEstornoNoBoletoCommand;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.saga.comum.DespachoIsolado;
import br.com.nexus.saga.comum.ProcessadoresDasPoliticas;
import br.com.nexus.saga.comum.RecusaDeDominio;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Payment → boleto: a confirmed payment for a boleto marks that boleto as paid; a refund of it is
 * registered on the boleto, which reopens on a full one.
 *
 * <p>Stateless for the same reason as the lead conversion: one event, one command. Marking is
 * idempotent per payment, so an event delivered twice is harmless. A refusal (the boleto was
 * cancelled or paid by another payment) means money nobody expects: it is logged at WARN and
 * recorded as {@link BaixaDeBoletoRecusada}.
 */
@Component
@ProcessingGroup(PagamentoBoletoPolicy.GRUPO)
class PagamentoBoletoPolicy {

    static final String GRUPO = "pagamento-boleto";
    private static final Logger log = LoggerFactory.getLogger(PagamentoBoletoPolicy.class);

    private final DespachoIsolado despacho;
    private final EventGateway eventGateway;

    PagamentoBoletoPolicy(DespachoIsolado despacho, EventGateway eventGateway) {
        this.despacho = despacho;
        this.eventGateway = eventGateway;
    }

    @EventHandler
    @DisallowReplay
    void on(PagamentoConfirmado evento) {
        if (evento.boletoId() == null) {
            return;
        }
        try {
            despacho.enviar(new MarcarBoletoPagoCommand(evento.boletoId(), evento.tenantId(), evento.pagamentoId(),
                    evento.valorPago()));
        } catch (CommandExecutionException e) {
            ErroDominio recusa = RecusaDeDominio.de(e).orElseThrow(() -> e);
            log.warn("Pagamento {} confirmado, mas o boleto {} não foi baixado: {} ({})", evento.pagamentoId(),
                    evento.boletoId(), recusa.code(), recusa.message());
            eventGateway.publish(new BaixaDeBoletoRecusada(evento.boletoId(), evento.tenantId(), evento.pagamentoId(),
                    recusa.code(), recusa.message()));
        }
    }

    /**
     * A refund of a boleto's payment: the boleto learns it, and reopens when the payment that settled
     * it is refunded in full. The event's own id names the refund, so a redelivery counts once.
     */
    @EventHandler
    @DisallowReplay
    void on(PagamentoEstornado evento, EventMessage<?> mensagem) {
        if (evento.boletoId() == null || evento.valor() == null) {
            return;
        }
        try {
            despacho.enviar(new RegistrarEstornoNoBoletoCommand(evento.boletoId(), evento.tenantId(),
                    evento.pagamentoId(), mensagem.getIdentifier(), evento.valor(), evento.estornoIntegral(),
                    evento.motivo()));
        } catch (CommandExecutionException e) {
            ErroDominio recusa = RecusaDeDominio.de(e).orElseThrow(() -> e);
            log.warn("Pagamento {} estornado, mas o boleto {} não registrou o estorno: {} ({})", evento.pagamentoId(),
                    evento.boletoId(), recusa.code(), recusa.message());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Processador {

        @Autowired
        void registrar(EventProcessingConfigurer configurer) {
            ProcessadoresDasPoliticas.registrar(configurer, GRUPO);
        }
    }
}
