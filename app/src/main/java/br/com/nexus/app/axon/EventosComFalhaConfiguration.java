package br.com.nexus.app.axon;

import br.com.nexus.query.comum.Grupos;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Dead letters of every processing group. The queue itself is Axon's {@code JdbcSequencedDeadLetterQueue}
 * on the {@code deadletterentry} table, over the same connection provider, transaction manager and
 * serializers as the event store: Axon's Spring Boot support builds it for the read models, which set
 * {@code axon.eventhandling.processors.<grupo>.dlq.enabled=true}; the groups named under
 * {@code nexus.eventos-com-falha.grupos} (policies and command-side handlers, whose processors their
 * modules register in code) get theirs here, by name. Here as well: what is decided on a failure, the
 * savepoint that keeps the batch's transaction usable after one, the automatic retry, the operations
 * behind the platform's endpoints and the per-group gauge.
 *
 * <p>Saga managers have no dead-letter queue in Axon 4: a saga group keeps retrying a failed event in
 * place, in order, and the event is listed and counted while it fails ({@link FalhasDaSaga}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventosComFalhaProperties.class)
public class EventosComFalhaConfiguration {

    static final String METRICA = "nexus.eventos.com.falha";
    static final String TAREFA_RETENTATIVA = "eventos-com-falha-retentativa";

    /** The processing groups with a dead-letter queue, as configured. */
    static Set<String> gruposComFila(EventProcessorProperties propriedades, EventosComFalhaProperties nexus) {
        Set<String> grupos = new TreeSet<>(nexus.grupos());
        propriedades.getProcessors().forEach((grupo, ajustes) -> {
            if (ajustes.getDlq() != null && ajustes.getDlq().isEnabled()) {
                grupos.add(grupo);
            }
        });
        return grupos;
    }

    @Bean
    SavepointPerEventHandler savepointPerEventHandler(DataSource dataSource, EventProcessorProperties propriedades,
            EventosComFalhaProperties nexus) {
        return new SavepointPerEventHandler(dataSource, gruposComFila(propriedades, nexus), Set.copyOf(Grupos.TODOS));
    }

    /**
     * The cache remembers which aggregates have nothing parked, so live processing and a rebuild do
     * not ask the table about every event. A replay empties the group's queue: it applies every event
     * again, and parks anew whatever still fails.
     */
    @Autowired
    void registrarPoliticas(EventProcessingConfigurer processamento, EventProcessorProperties propriedades,
            EventosComFalhaProperties nexus, ObjectProvider<ConnectionProvider> conexoes,
            ObjectProvider<TransactionManager> transacoes, ObjectProvider<EventosTravadosEmSagas> travados) {
        for (String grupo : nexus.grupos()) {
            processamento.registerDeadLetterQueue(grupo, c -> JdbcSequencedDeadLetterQueue.builder()
                    .processingGroup(grupo)
                    .connectionProvider(conexoes.getObject())
                    .transactionManager(transacoes.getObject())
                    .schema(DeadLetterSchema.defaultSchema())
                    .genericSerializer(c.serializer())
                    .eventSerializer(c.eventSerializer())
                    .build());
        }
        for (String grupo : nexus.sagas()) {
            processamento.registerHandlerInterceptor(grupo, c -> new FalhasDaSaga(grupo, travados.getObject()));
            processamento.registerErrorHandler(grupo, c -> new FalhasDaSaga(grupo, travados.getObject()));
        }
        for (String grupo : gruposComFila(propriedades, nexus)) {
            processamento.registerDeadLetterPolicy(grupo, c -> new PoliticaDeEventosComFalha(grupo));
            processamento.registerDeadLetteringEventHandlerInvokerConfiguration(grupo,
                    (c, invocador) -> invocador.enableSequenceIdentifierCache().allowReset(true));
        }
    }

    @Bean
    EventosTravadosEmSagas eventosTravadosEmSagas(JdbcTemplate jdbc, PlatformTransactionManager transacoes) {
        return new EventosTravadosEmSagas(jdbc, transacoes);
    }

    @Bean
    EventosComFalha eventosComFalha(JdbcTemplate jdbc, EventProcessingConfiguration processamento,
            EventProcessorProperties propriedades, EventosComFalhaProperties nexus, EventosTravadosEmSagas sagas,
            ObjectMapper json) {
        return new EventosComFalha(jdbc, processamento, gruposComFila(propriedades, nexus), sagas, nexus, json);
    }

    @Bean
    RetentativaAutomatica retentativaAutomatica(JdbcTemplate jdbc, EventosComFalha eventos,
            EventosComFalhaProperties nexus) {
        return new RetentativaAutomatica(jdbc, eventos, nexus);
    }

    /** Parked sequences due for another attempt are retried every {@code verificacao}, on one node at a time. */
    @Bean
    RecurringTask<Void> tarefaDeRetentativa(RetentativaAutomatica retentativa, EventosComFalhaProperties nexus) {
        return Tasks.recurring(TAREFA_RETENTATIVA, FixedDelay.of(nexus.verificacao()))
                .execute((instancia, contexto) -> retentativa.retentarVencidas(Instant.now()));
    }

    /**
     * {@code nexus_eventos_com_falha{grupo=...}}: letters waiting in each group's queue, parked ones
     * included; for a saga group, the events its processor is stuck on.
     */
    @Bean
    MeterBinder medidorDeEventosComFalha(EventosComFalha eventos) {
        return registro -> eventos.gruposVigiados().forEach(grupo -> Gauge
                .builder(METRICA, () -> eventos.quantos(grupo))
                .description("Eventos parados ou travados por falha, por grupo de processamento")
                .tag("grupo", grupo)
                .register(registro));
    }
}
