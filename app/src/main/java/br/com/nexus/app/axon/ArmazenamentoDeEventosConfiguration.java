package br.com.nexus.app.axon;

import java.util.Optional;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's event storage: Axon's JDBC engine, built as Axon's auto-configuration
 * builds it, except that loading an aggregate does not look for a snapshot first. No aggregate
 * here is snapshotted (none has a snapshot trigger), so that look-up always came back empty, and it
 * cost a round trip to PostgreSQL on every aggregate load — every creation command included, which
 * loads before it creates so that a reused id is refused with the aggregate's own code. Without a
 * snapshot an aggregate is rebuilt from its events, which is always right; give an aggregate a
 * snapshot trigger only together with removing this.
 *
 * <p>Reading an aggregate's events also stops at the first batch that is not full. Axon's JDBC engine
 * reads an aggregate by ranges of sequence numbers and, to cope with gaps in them, asks again until a
 * range comes back empty: one more query on every load of an aggregate that has events. Here an
 * aggregate's sequence has no gaps: its events are only ever appended by Axon's repositories, each
 * numbered one after the last event of the aggregate as loaded (a concurrent append of the same
 * number is refused by the unique key on aggregate and sequence), and none is ever deleted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class ArmazenamentoDeEventosConfiguration {

    /** Axon's default: events read per query, for an aggregate and for the processors' streams. */
    static final int LOTE = 100;

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver resolvedorDeErros,
            @Qualifier("eventSerializer") Serializer serializadorDeEventos,
            org.axonframework.config.Configuration axon, ConnectionProvider conexoes, TransactionManager transacoes,
            ObjectProvider<EventSchema> esquema) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(resolvedorDeErros)
                .eventSerializer(serializadorDeEventos)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(conexoes)
                .transactionManager(transacoes)
                .schema(esquema.getIfAvailable(EventSchema::new))
                .batchSize(LOTE)
                .finalAggregateBatchPredicate(lote -> lote.size() < LOTE);
        return new JdbcEventStorageEngine(builder) {
            @Override
            public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
                return Optional.empty();
            }
        };
    }
}
