package br.com.nexus.command.whatsapp;

import br.com.nexus.command.whatsapp.evolution.EvolutionClient;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WhatsApp wiring: the Evolution API client behind its resilience, and the dispatch processor,
 * which starts at the head of the event stream (a new deployment must not send the history's
 * dispatches) and retries an event whose handling failed instead of skipping it (a skipped
 * DisparoSolicitado would be a dispatch silently never sent).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsappProperties.class)
public class WhatsappConfiguration {

    /** The processing group of the dispatch scheduler ({@code AgendaDeEnvios}). */
    public static final String GRUPO_ENVIO = "whatsapp-envio";

    @Bean
    EvolutionClient evolutionClient(WhatsappProperties propriedades, ObjectMapper json) {
        return new EvolutionClient(EvolutionClient.http(propriedades.timeoutConexao()), json,
                propriedades.timeoutResposta());
    }

    @Bean
    GatewayEvolution gatewayEvolution(EvolutionClient client, WhatsappProperties propriedades) {
        return new GatewayEvolution(client, propriedades);
    }

    @Autowired
    void configurarProcessadores(EventProcessingConfigurer processamento) {
        processamento.registerTrackingEventProcessorConfiguration(GRUPO_ENVIO, c ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        processamento.registerListenerInvocationErrorHandler(GRUPO_ENVIO, c -> PropagatingErrorHandler.instance());
    }
}
