package br.com.nexus.app.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each {@code @EventHandler} of a processing group with a dead-letter queue inside a savepoint.
 *
 * <p>A tracking processor applies a whole batch in one database transaction. When one handler's SQL
 * fails (a constraint, say), PostgreSQL refuses every later statement of that transaction, so neither
 * the dead letter nor the rest of the batch could be written. Rolling back to the savepoint undoes
 * only the failing handler's statements; the transaction stays usable.
 *
 * <p>A savepoint costs two round trips to PostgreSQL and a subtransaction per event, which was most
 * of a read model's rebuild. The read models ({@code otimistas}: their handlers only write their own
 * tables, so applying a batch twice changes nothing) therefore apply a tracking processor's batch
 * without them: when a handler fails there, the batch's transaction is made to fail as a whole, the
 * processor takes the batch again after its retry pause, and for {@link #CAUTELA} that group applies
 * each event inside a savepoint, so the failing one alone is parked. Gateways and policies, whose
 * handlers reach the outside, and the reprocessing of parked events keep a savepoint per event always.
 */
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    static final Duration CAUTELA = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(SavepointPerEventHandler.class);

    private final DataSource dataSource;
    private final Set<String> grupos;
    private final Set<String> otimistas;
    private final Map<String, Long> cautelosoAte = new ConcurrentHashMap<>();

    SavepointPerEventHandler(DataSource dataSource, Set<String> grupos, Set<String> otimistas) {
        this.dataSource = dataSource;
        this.grupos = grupos;
        this.otimistas = otimistas;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (original.annotationAttributes(EventHandler.class).isEmpty()
                || original.hasAnnotation(SagaEventHandler.class)
                || original.hasAnnotation(EventSourcingHandler.class)) {
            return original;
        }
        ProcessingGroup grupo = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (grupo == null || !grupos.contains(grupo.value())) {
            return original;
        }
        String nome = grupo.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return comSavepoint(nome, () -> super.handle(message, target));
            }
        };
    }

    private Object comSavepoint(String grupo, Invocacao invocacao) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocacao.executar();
        }
        Connection conexao = DataSourceUtils.getConnection(dataSource);
        try {
            if (conexao.getAutoCommit()) {
                return invocacao.executar();
            }
            if (semSavepoint(grupo)) {
                try {
                    return invocacao.executar();
                } catch (Exception | Error falha) {
                    desfazerOLote(grupo, conexao, falha);
                    throw falha;
                }
            }
            Savepoint savepoint = conexao.setSavepoint();
            Object resultado;
            try {
                resultado = invocacao.executar();
            } catch (Exception | Error falha) {
                try {
                    conexao.rollback(savepoint);
                } catch (SQLException rollback) {
                    falha.addSuppressed(rollback);
                }
                throw falha;
            }
            conexao.releaseSavepoint(savepoint);
            return resultado;
        } finally {
            DataSourceUtils.releaseConnection(conexao, dataSource);
        }
    }

    private boolean semSavepoint(String grupo) {
        Long ate = cautelosoAte.get(grupo);
        return otimistas.contains(grupo) && (ate == null || System.nanoTime() - ate > 0)
                && CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork;
    }

    /**
     * Makes PostgreSQL refuse the rest of the batch's transaction (a failed statement already did; a
     * failure in Java did not, and would leave the handler's earlier statements applied), so that the
     * dead letter cannot be written either and the processor takes the batch again, with savepoints.
     */
    private void desfazerOLote(String grupo, Connection conexao, Throwable falha) {
        cautelosoAte.put(grupo, System.nanoTime() + CAUTELA.toNanos());
        log.warn("Um evento falhou na projeção {} ({}); o lote será aplicado de novo com um savepoint por evento",
                grupo, falha.getClass().getSimpleName());
        try (Statement abortar = conexao.createStatement()) {
            abortar.execute("DO $$ BEGIN RAISE EXCEPTION 'lote refeito com um savepoint por evento'; END $$");
        } catch (SQLException esperada) {
            // The transaction is now aborted, which is what was asked for.
        }
    }

    @FunctionalInterface
    private interface Invocacao {
        Object executar() throws Exception;
    }
}
