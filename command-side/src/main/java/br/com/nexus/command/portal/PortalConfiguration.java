package br.com.nexus.command.portal;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Portal download wiring. The processor that starts runs begins at the head of the event
 * stream: deployed over an existing history it must not start old runs again. Its failures are
 * never skipped, since a skipped start would leave a run waiting for nothing: they propagate, to be
 * parked and retried by the application's dead-letter queue for the group.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {

    @Bean
    Cache execucaoDownloadAggregateCache() {
        return new WeakReferenceCache();
    }

    @Autowired
    void registrarProcessadores(EventProcessingConfigurer configurer) {
        configurer.registerTrackingEventProcessor(InicioDeExecucoes.GRUPO, Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        configurer.registerListenerInvocationErrorHandler(InicioDeExecucoes.GRUPO,
                c -> PropagatingErrorHandler.instance());
    }
}
