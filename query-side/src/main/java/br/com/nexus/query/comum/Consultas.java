package br.com.nexus.query.comum;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the query endpoints use to ask the query bus: waits for the answer and lets the handler's
 * own failure (for example a {@code DomainException}) reach the problem handler unwrapped.
 */
@Component
public class Consultas {

    private static final long ESPERA_SEGUNDOS = 30;

    private final QueryGateway gateway;

    public Consultas(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R buscar(Object consulta, Class<R> tipo) {
        return aguardar(gateway.query(consulta, ResponseTypes.instanceOf(tipo)));
    }

    public <R> Optional<R> buscarOpcional(Object consulta, Class<R> tipo) {
        return aguardar(gateway.query(consulta, ResponseTypes.optionalInstanceOf(tipo)));
    }

    private static <R> R aguardar(CompletableFuture<R> resposta) {
        try {
            return resposta.get(ESPERA_SEGUNDOS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable causa = e.getCause();
            while (causa instanceof java.util.concurrent.CompletionException && causa.getCause() != null) {
                causa = causa.getCause();
            }
            if (causa instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(causa);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Consulta interrompida", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Consulta sem resposta em " + ESPERA_SEGUNDOS + " s", e);
        }
    }
}
