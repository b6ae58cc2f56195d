package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.IntegrationTest;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hourly purge of the limits' table removes the buckets that have refilled, and only those. */
class ArmazemNoBancoIT extends IntegrationTest {

    @Autowired
    ArmazemNoBanco armazem;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void limpezaApagaOsBaldesJaCheiosEGuardaOsQueAindaContam() {
        String rapido = "teste-rapido-" + UUID.randomUUID();
        String lento = "teste-lento-" + UUID.randomUUID();
        armazem.balde(rapido, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofMillis(300)).build())
                .build()).tryConsume(1);
        assertThat(armazem.balde(lento, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofHours(1)).build())
                .build()).tryConsume(1)).isTrue();
        assertThat(linhas(rapido) + linhas(lento)).isEqualTo(2);

        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofMillis(400)).until(() -> {
            while (armazem.apagarVencidos(1_000) == 1_000) {
                // a shared database may hold more than one batch of other tests' refilled buckets
            }
            return linhas(rapido) == 0;
        });
        assertThat(linhas(lento)).as("um balde ainda vazio segue contando").isEqualTo(1);
        assertThat(armazem.existente(lento)).isPresent().get()
                .satisfies(balde -> assertThat(balde.tryConsume(1)).isFalse());
    }

    private int linhas(String chave) {
        return jdbc.queryForObject("SELECT count(*) FROM " + ArmazemNoBanco.TABELA + " WHERE id = ?",
                Integer.class, chave);
    }
}
