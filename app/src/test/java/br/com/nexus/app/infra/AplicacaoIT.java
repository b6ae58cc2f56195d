package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AplicacaoIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeadlineManager deadlineManager;

    @Autowired
    EventStore eventStore;

    @Test
    void prazosDeSagasFicamNoPostgres() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        String sagaId = UUID.randomUUID().toString();
        String prazo = deadlineManager.schedule(Instant.now().plus(Duration.ofHours(1)), "prazo-de-teste", "payload",
                new SagaScopeDescriptor("SagaDeTeste", sagaId));

        Integer linhas = jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?",
                Integer.class, prazo);
        assertThat(linhas).isEqualTo(1);

        deadlineManager.cancelSchedule("prazo-de-teste", prazo);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?",
                Integer.class, prazo)).isZero();
    }

    /**
     * An aggregate is read in ranges of 100 sequence numbers and the reading stops at the first range
     * that is not full: every event must still come back, at and around the range's edges.
     */
    @Test
    void leTodosOsEventosDeUmAgregadoQualquerQueSejaSeuTamanho() {
        for (int quantos : new int[] {1, 99, 100, 101, 250}) {
            String agregado = UUID.randomUUID().toString();
            for (int sequencia = 0; sequencia < quantos; sequencia++) {
                eventStore.publish(new GenericDomainEventMessage<>("AgregadoDeTeste", agregado, sequencia,
                        new MarcaDeTeste(sequencia)));
            }

            List<Long> lidos = eventStore.readEvents(agregado).asStream()
                    .map(DomainEventMessage::getSequenceNumber).toList();
            assertThat(lidos).as("%d eventos", quantos)
                    .containsExactlyElementsOf(LongStream.range(0, quantos).boxed().toList());
            assertThat(eventStore.readEvents(agregado, quantos - 1L).asStream().count()).isEqualTo(1);
        }
    }

    record MarcaDeTeste(int ordem) {
    }

    @Test
    void respondeSaudeUp() {
        Resposta saude = get("/actuator/health", null);
        assertThat(saude.status()).isEqualTo(200);
        assertThat(saude.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void guardaPayloadsDeEventosEmByteaENaoEmLargeObjects() {
        String tipo = jdbc.queryForObject("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domainevententry' AND column_name = 'payload'""", String.class);
        assertThat(tipo).isEqualTo("bytea");
    }

    @Test
    void rotaDesconhecidaResponde404EmProblemJson() {
        Resposta resposta = get("/api/nao-existe", null);
        assertThat(resposta.status()).isIn(401, 404);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publicaDocumentoOpenApi() {
        Resposta docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("openapi").asText()).startsWith("3.");
    }
}
