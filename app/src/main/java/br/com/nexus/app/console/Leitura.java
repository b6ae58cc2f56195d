package br.com.nexus.app.console;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read models follow the commands a moment later. After an action the console waits for the
 * page it returns to to reflect it: it follows the page's query before sending the command, and the
 * projection pushes its answer once its transaction commits (no polling). Past a few seconds it
 * shows what it has.
 */
@Component
class Leitura {

    private static final Duration LIMITE = Duration.ofSeconds(3);
    private static final long INTERVALO_MS = 50;

    private final QueryGateway gateway;

    Leitura(QueryGateway gateway) {
        this.gateway = gateway;
    }

    /** Runs {@code comando}, then waits until {@code consulta} answers as {@code refletido} says. */
    <R> void executar(Runnable comando, Object consulta, Class<R> tipo, Predicate<R> refletido) {
        executar(comando, consulta, ResponseTypes.instanceOf(tipo), Optional::of, tipo, refletido);
    }

    /** The same, for a query answered with an optional (a record that may not exist yet). */
    <R> void executarSobreOpcional(Runnable comando, Object consulta, Class<R> tipo, Predicate<R> refletido) {
        executar(comando, consulta, ResponseTypes.optionalInstanceOf(tipo), Function.identity(), tipo, refletido);
    }

    /**
     * For reads whose projection pushes no updates yet (boletos, leads, pagamentos): asks again every
     * {@value #INTERVALO_MS} ms until the page reflects the action, within the same limit.
     */
    void aguardar(BooleanSupplier refletido) {
        long fim = System.nanoTime() + LIMITE.toNanos();
        while (!refletido.getAsBoolean() && System.nanoTime() < fim) {
            try {
                Thread.sleep(INTERVALO_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private <I, R> void executar(Runnable comando, Object consulta, ResponseType<I> inicial,
            Function<I, Optional<R>> valor, Class<R> tipo, Predicate<R> refletido) {
        SubscriptionQueryResult<I, R> assinatura = gateway.subscriptionQuery(consulta, inicial,
                ResponseTypes.instanceOf(tipo));
        try {
            comando.run();
            Flux.concat(assinatura.initialResult().flatMap(resposta -> Mono.justOrEmpty(valor.apply(resposta))),
                            assinatura.updates())
                    .filter(refletido)
                    .next()
                    .timeout(LIMITE, Mono.empty())
                    .block();
        } finally {
            assinatura.cancel();
        }
    }
}
