package br.com.nexus.app.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dead letters of the read models. The queue itself is Axon's {@code JdbcSequencedDeadLetterQueue}
 * on the {@code deadletterentry} table, which Axon's Spring Boot support builds for every processor
 * with {@code axon.eventhandling.processors.<grupo>.dlq.enabled=true} (application.yml), over the
 * same connection provider, transaction manager and serializers as the event store. Here: what is
 * decided on a failure, the savepoint that keeps the batch's transaction usable after one, the
 * operations behind the platform's endpoints and the per-group gauge.
 *
 * <p>Saga managers have no dead-letter queue in Axon 4; the sagas and the policies keep retrying a
 * failed event in place, as before.
 */
@Configuration(proxyBeanMethods = false)
public class EventosComFalhaConfiguration {

    static final String METRICA = "nexus.eventos.com.falha";

    /** The processing groups with a dead-letter queue, as configured. */
    static Set<String> gruposComFila(EventProcessorProperties propriedades) {
        Set<String> grupos = new TreeSet<>();
        propriedades.getProcessors().forEach((grupo, ajustes) -> {
            if (ajustes.getDlq() != null && ajustes.getDlq().isEnabled()) {
                grupos.add(grupo);
            }
        });
        return grupos;
    }

    @Bean
    SavepointPerEventHandler savepointPerEventHandler(DataSource dataSource, EventProcessorProperties propriedades) {
        return new SavepointPerEventHandler(dataSource, gruposComFila(propriedades));
    }

    /**
     * The cache remembers which aggregates have nothing parked, so live processing and a rebuild do
     * not ask the table about every event. A replay empties the group's queue: it applies every event
     * again, and parks anew whatever still fails.
     */
    @Autowired
    void registrarPoliticas(EventProcessingConfigurer processamento, EventProcessorProperties propriedades) {
        for (String grupo : gruposComFila(propriedades)) {
            processamento.registerDeadLetterPolicy(grupo, c -> new PoliticaDeEventosComFalha(grupo));
            processamento.registerDeadLetteringEventHandlerInvokerConfiguration(grupo,
                    (c, invocador) -> invocador.enableSequenceIdentifierCache().allowReset(true));
        }
    }

    @Bean
    EventosComFalha eventosComFalha(JdbcTemplate jdbc, EventProcessingConfiguration processamento,
            EventProcessorProperties propriedades, ObjectMapper json) {
        return new EventosComFalha(jdbc, processamento, gruposComFila(propriedades), json);
    }

    /** {@code nexus_eventos_com_falha{grupo=...}}: letters waiting in each group's queue, parked ones included. */
    @Bean
    MeterBinder medidorDeEventosComFalha(EventosComFalha eventos) {
        return registro -> eventos.grupos().forEach(grupo -> Gauge.builder(METRICA, () -> eventos.quantos(grupo))
                .description("Eventos parados na fila de eventos com falha, por grupo de processamento")
                .tag("grupo", grupo)
                .register(registro));
    }
}
