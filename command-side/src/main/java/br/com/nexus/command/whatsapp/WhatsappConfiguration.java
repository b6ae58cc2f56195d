package br.com.nexus.command.whatsapp;

import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.command.whatsapp.envio.VerificacaoDeEnviosPausados;
import br.com.nexus.command.whatsapp.evolution.EvolutionClient;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WhatsApp wiring: the Evolution API client behind its resilience, the periodic check of paused
 * tenants (a db-scheduler task, picked up by the application's scheduler), and the dispatch processor,
 * which starts at the head of the event stream (a new deployment must not send the history's
 * dispatches) and never skips an event whose handling failed (a skipped DisparoSolicitado would be
 * a dispatch silently never sent): the failure propagates, to be parked and retried by the
 * application's dead-letter queue for the group.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WhatsappProperties.class, PausaProperties.class})
public class WhatsappConfiguration {

    /** The processing group of the dispatch scheduler ({@code AgendaDeEnvios}). */
    public static final String GRUPO_ENVIO = "whatsapp-envio";
    static final int LOTE_ENVIO = 50;
    /** The db-scheduler task that checks paused tenants' instances. */
    public static final String TAREFA_VERIFICACAO = "whatsapp-envios-pausados";

    @Bean
    EvolutionClient evolutionClient(WhatsappProperties propriedades, ObjectMapper json, PoliticaDeSaida saida) {
        return new EvolutionClient(EvolutionClient.http(propriedades.timeoutConexao()), json,
                propriedades.timeoutResposta(), saida);
    }

    @Bean
    GatewayEvolution gatewayEvolution(EvolutionClient client, WhatsappProperties propriedades) {
        return new GatewayEvolution(client, propriedades);
    }

    /** While a tenant's sending is paused, its instance is asked every {@code verificacao} whether it is back. */
    @Bean
    RecurringTask<Void> tarefaDeVerificacaoDosPausados(VerificacaoDeEnviosPausados verificacao,
            PausaProperties propriedades) {
        return Tasks.recurring(TAREFA_VERIFICACAO, FixedDelay.of(propriedades.verificacao()))
                .execute((instancia, contexto) -> verificacao.verificar());
    }

    @Autowired
    void configurarProcessadores(EventProcessingConfigurer processamento) {
        // The queue's handlers only write rows in the processor's transaction: batches are safe and cheap.
        processamento.registerTrackingEventProcessorConfiguration(GRUPO_ENVIO, c ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(LOTE_ENVIO)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        processamento.registerListenerInvocationErrorHandler(GRUPO_ENVIO, c -> PropagatingErrorHandler.instance());
    }
}
