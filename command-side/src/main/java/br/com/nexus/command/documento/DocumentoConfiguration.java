package br.com.nexus.command.documento;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code boleto-pdf} processor. Its events are handled strictly in stream order, one at a
 * time, because rendering a boleto reads the payer that an earlier event of another aggregate
 * (the cliente) wrote; a failed handler is retried instead of skipped, since a skipped
 * BoletoRegistrado would be a boleto that never gets its PDF. It starts at the tail, so the payer
 * table covers the whole history; the side-effect handlers skip replays and record what they did.
 */
@Configuration(proxyBeanMethods = false)
class DocumentoConfiguration {

    @Autowired
    void configurarProcessador(EventProcessingConfigurer processamento) {
        processamento.registerTrackingEventProcessorConfiguration(DocumentosProjection.GRUPO,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing());
        processamento.registerSequencingPolicy(DocumentosProjection.GRUPO, c -> new SequentialPolicy());
        processamento.registerListenerInvocationErrorHandler(DocumentosProjection.GRUPO,
                c -> PropagatingErrorHandler.instance());
    }
}
