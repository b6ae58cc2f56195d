package br.com.nexus.command.documento;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code boleto-pdf} processor. Its events are handled strictly in stream order, one at a
 * time, because rendering a boleto reads the payer that an earlier event of another aggregate
 * (the cliente) wrote: the whole group is one sequence. A failed event is never skipped, since a
 * skipped BoletoRegistrado would be a boleto that never gets its PDF; where the group has a
 * dead-letter queue, the failed event is parked with every later one behind it, in order. The
 * sequence is named by a constant rather than Axon's {@code SequentialPolicy}, whose identifier
 * changes at every start and would let events after a restart overtake the parked ones. It starts at
 * the tail, so the payer table covers the whole history; the side-effect handlers skip replays and
 * record what they did.
 */
@Configuration(proxyBeanMethods = false)
class DocumentoConfiguration {

    @Autowired
    void configurarProcessador(EventProcessingConfigurer processamento) {
        processamento.registerTrackingEventProcessorConfiguration(DocumentosProjection.GRUPO,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing());
        processamento.registerSequencingPolicy(DocumentosProjection.GRUPO, c -> evento -> DocumentosProjection.GRUPO);
        processamento.registerListenerInvocationErrorHandler(DocumentosProjection.GRUPO,
                c -> PropagatingErrorHandler.instance());
    }
}
