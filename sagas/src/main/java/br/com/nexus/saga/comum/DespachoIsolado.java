package br.com.nexus.saga.comum;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a policy's command in a unit of work and transaction of its own, and waits for it.
 *
 * <p>Sent straight from an event handler, the command would join the event processor's database
 * transaction. A rejected command may have failed a statement there (a CPF claim hitting its
 * unique key), and PostgreSQL then refuses everything else in that transaction, the token update
 * included: the processor would retry the same event forever and the rejection would never be
 * recorded. Run on another thread, the command commits or rolls back on its own; the processor's
 * transaction stays usable for recording the outcome. The correlation data of the event being
 * handled (who caused it, correlation id) still travel with the command.
 */
@Component
public class DespachoIsolado implements DisposableBean {

    private static final Duration ESPERA_MAXIMA = Duration.ofSeconds(60);

    private final CommandGateway commandGateway;
    private final ExecutorService executor;

    public DespachoIsolado(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("politica-comando-");
        threads.setDaemon(true);
        this.executor = Executors.newCachedThreadPool(threads);
    }

    /** Returns the command's result; a rejection comes back as the command's own exception. */
    public <R> R enviar(Object comando) {
        MetaData correlacao = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getCorrelationData()
                : MetaData.emptyInstance();
        CommandMessage<?> mensagem = GenericCommandMessage.asCommandMessage(comando).andMetaData(correlacao);
        Future<R> resultado = executor.submit(() -> commandGateway.sendAndWait(mensagem));
        try {
            return resultado.get(ESPERA_MAXIMA.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException falha) {
                throw falha;
            }
            throw new IllegalStateException("Comando " + nome(comando) + " falhou", e.getCause());
        } catch (TimeoutException e) {
            resultado.cancel(true);
            throw new IllegalStateException("Comando " + nome(comando) + " sem resposta em " + ESPERA_MAXIMA, e);
        } catch (InterruptedException e) {
            resultado.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrompido esperando o comando " + nome(comando), e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static String nome(Object comando) {
        return comando.getClass().getSimpleName();
    }
}
