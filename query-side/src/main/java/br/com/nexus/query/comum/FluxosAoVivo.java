package br.com.nexus.query.comum;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Ends every live stream (server-sent events) when the application starts to shut down. A stream
 * stays open as long as its page does, and a graceful shutdown waits for open requests: without
 * this, one open page would hold every stop (a deployment's included) for the whole grace period.
 * The browser's EventSource reconnects, to another node or to this one once it is back.
 */
@Component
public class FluxosAoVivo implements ApplicationListener<ContextClosedEvent> {

    private final Sinks.One<Boolean> encerramento = Sinks.one();

    /** {@code fluxo}, ended when the application starts to shut down. */
    public <T> Flux<T> ateOEncerramento(Flux<T> fluxo) {
        return fluxo.takeUntilOther(encerramento.asMono());
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent evento) {
        encerramento.tryEmitValue(Boolean.TRUE);
    }
}
