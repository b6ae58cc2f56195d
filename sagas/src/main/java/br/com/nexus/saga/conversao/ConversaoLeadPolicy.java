package br.com.nexus.saga.conversao;

import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.lead.CadastroDeClienteRecusado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.saga.comum.DespachoIsolado;
import br.com.nexus.saga.comum.ProcessadoresDasPoliticas;
import br.com.nexus.saga.comum.RecusaDeDominio;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Lead → cliente: a converted lead is registered as a cliente under the id the conversion chose.
 *
 * <p>A stateless policy rather than a saga: there is one step, nothing to wait for and nothing to
 * remember between events, so a saga instance would be stored only to be ended at once. When the
 * registration is refused (typically CPF_DUPLICADO, a cliente registered with that CPF after the
 * conversion was accepted) the lead stays converted: the refusal is logged at WARN and recorded as
 * {@link CadastroDeClienteRecusado}, which is what the people reconciling it will see. A
 * registration already done (the event delivered again after the processor stopped between
 * sending the command and saving its position) is not a failure.
 */
@Component
@ProcessingGroup(ConversaoLeadPolicy.GRUPO)
class ConversaoLeadPolicy {

    static final String GRUPO = "conversao-saga";
    private static final String JA_CADASTRADO = "CLIENTE_JA_EXISTE";
    private static final Logger log = LoggerFactory.getLogger(ConversaoLeadPolicy.class);

    private final DespachoIsolado despacho;
    private final EventGateway eventGateway;

    ConversaoLeadPolicy(DespachoIsolado despacho, EventGateway eventGateway) {
        this.despacho = despacho;
        this.eventGateway = eventGateway;
    }

    @EventHandler
    @DisallowReplay
    void on(LeadConvertido evento) {
        try {
            despacho.enviar(new CadastrarClienteCommand(evento.clienteId(), evento.tenantId(), evento.cpf(),
                    evento.nome(), whatsapp(evento), evento.email(), null, null, evento.leadId()));
        } catch (CommandExecutionException e) {
            ErroDominio recusa = RecusaDeDominio.de(e).orElseThrow(() -> e);
            if (JA_CADASTRADO.equals(recusa.code())) {
                log.debug("Cliente {} do lead {} já estava cadastrado", evento.clienteId(), evento.leadId());
                return;
            }
            log.warn("Lead {} convertido, mas o cliente {} não foi cadastrado: {} ({}), CPF {}", evento.leadId(),
                    evento.clienteId(), recusa.code(), recusa.message(), evento.cpf().mascarado());
            eventGateway.publish(new CadastroDeClienteRecusado(evento.leadId(), evento.tenantId(),
                    evento.clienteId(), evento.cpf(), recusa.code(), recusa.message()));
        }
    }

    /** A landline lead becomes a cliente without WhatsApp; dispatching to it is then refused as such. */
    private static TelefoneWhatsapp whatsapp(LeadConvertido evento) {
        return evento.telefone() == null ? null : evento.telefone().paraWhatsapp().orElse(null);
    }

    @Configuration(proxyBeanMethods = false)
    static class Processador {

        @Autowired
        void registrar(EventProcessingConfigurer configurer) {
            ProcessadoresDasPoliticas.registrar(configurer, GRUPO);
        }
    }
}
