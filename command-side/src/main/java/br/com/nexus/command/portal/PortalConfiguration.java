package br.com.nexus.command.portal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
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
 * Portal download wiring: the resumption of runs left by a silent node (a db-scheduler task) and
 * the processor that starts runs. The processor that starts runs begins at the head of the event
 * stream: deployed over an existing history it must not start old runs again. Its failures are
 * never skipped, since a skipped start would leave a run waiting for nothing: they propagate, to be
 * parked and retried by the application's dead-letter queue for the group.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {

    /** The db-scheduler task that resumes runs whose node went silent. */
    static final String TAREFA_RETOMADA = "portal-execucoes-retomada";

    @Bean
    Cache execucaoDownloadAggregateCache() {
        return new WeakReferenceCache();
    }

    /** Every {@code verificacao}, on one node at a time, silent runs are taken over by the node running it. */
    @Bean
    RecurringTask<Void> tarefaDeRetomadaDeExecucoes(ExecutorDeDownloads executor, PortalProperties propriedades) {
        Duration intervalo = propriedades.getVerificacao().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : propriedades.getVerificacao();
        return Tasks.recurring(TAREFA_RETOMADA, FixedDelay.of(intervalo))
                .execute((instancia, contexto) -> executor.retomarAbandonadas());
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
