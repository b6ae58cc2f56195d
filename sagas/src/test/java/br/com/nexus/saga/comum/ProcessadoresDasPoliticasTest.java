package br.com.nexus.saga.comum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessadoresDasPoliticasTest {

    private static final String GRUPO = "politica-de-teste";

    private final EventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Politica politica = new Politica();
    private Configuration configuracao;

    @AfterEach
    void parar() {
        if (configuracao != null) {
            configuracao.shutdown();
        }
    }

    @Test
    void naoTrataOHistoricoQueJaExistiaQuandoComecaPelaPrimeiraVez() {
        eventStore.publish(GenericEventMessage.asEventMessage("antes da implantação"));

        iniciar();
        eventStore.publish(GenericEventMessage.asEventMessage("depois da implantação"));

        await().atMost(Duration.ofSeconds(30)).until(() -> politica.tratados.contains("depois da implantação"));
        assertThat(politica.tratados).containsExactly("depois da implantação");
    }

    @Test
    void eventoCujoTratamentoFalhaEhTentadoDeNovoEmVezDePulado() {
        politica.falhasRestantes.set(1);
        iniciar();

        eventStore.publish(GenericEventMessage.asEventMessage("pagamento confirmado"));

        await().atMost(Duration.ofSeconds(30)).until(() -> politica.tratados.contains("pagamento confirmado"));
        assertThat(politica.tentativas.get()).isEqualTo(2);
    }

    private void iniciar() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEventStore(c -> eventStore);
        ProcessadoresDasPoliticas.registrar(configurer.eventProcessing(), GRUPO);
        configurer.eventProcessing().registerEventHandler(c -> politica);
        configuracao = configurer.start();
        // The processor takes its initial position asynchronously; the tests publish only once it has one.
        TrackingEventProcessor processador = configuracao.eventProcessingConfiguration()
                .eventProcessor(GRUPO, TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processador.processingStatus().isEmpty());
    }

    @ProcessingGroup(GRUPO)
    static class Politica {

        final List<String> tratados = new CopyOnWriteArrayList<>();
        final AtomicInteger falhasRestantes = new AtomicInteger();
        final AtomicInteger tentativas = new AtomicInteger();

        @EventHandler
        void on(String evento) {
            tentativas.incrementAndGet();
            if (falhasRestantes.getAndDecrement() > 0) {
                throw new IllegalStateException("banco fora do ar");
            }
            tratados.add(evento);
        }
    }
}
