package br.com.nexus.app.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each {@code @EventHandler} of a processing group with a dead-letter queue inside a savepoint.
 *
 * <p>A tracking processor applies a whole batch in one database transaction. When one handler's SQL
 * fails (a constraint, say), PostgreSQL refuses every later statement of that transaction, so neither
 * the dead letter nor the rest of the batch could be written. Rolling back to the savepoint undoes
 * only the failing handler's statements; the transaction stays usable.
 */
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final DataSource dataSource;
    private final Set<String> grupos;

    SavepointPerEventHandler(DataSource dataSource, Set<String> grupos) {
        this.dataSource = dataSource;
        this.grupos = grupos;
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
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return comSavepoint(() -> super.handle(message, target));
            }
        };
    }

    private Object comSavepoint(Invocacao invocacao) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocacao.executar();
        }
        Connection conexao = DataSourceUtils.getConnection(dataSource);
        try {
            if (conexao.getAutoCommit()) {
                return invocacao.executar();
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

    @FunctionalInterface
    private interface Invocacao {
        Object executar() throws Exception;
    }
}
