package br.com.nexus.query.comum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import reactor.core.publisher.Flux;

class FluxosAoVivoTest {

    private final FluxosAoVivo fluxos = new FluxosAoVivo();

    @Test
    void fluxoAbertoTerminaQuandoAAplicacaoComecaAParar() {
        List<String> recebidos = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> fim = new CompletableFuture<>();
        fluxos.ateOEncerramento(Flux.<String>never().startWith("atual"))
                .subscribe(recebidos::add, fim::completeExceptionally, () -> fim.complete(null));

        assertThat(fim).as("aberto enquanto a aplicação roda").isNotDone();
        fluxos.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        assertThat(fim).succeedsWithin(Duration.ofSeconds(5));
        assertThat(recebidos).containsExactly("atual");
    }

    @Test
    void fluxoAbertoDepoisDoInicioDaParadaTerminaSemNada() {
        fluxos.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        assertThat(fluxos.ateOEncerramento(Flux.<String>never().startWith("atual")).collectList()
                .block(Duration.ofSeconds(5))).isEmpty();
    }
}
