package br.com.nexus.command.importacao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

class LimiteDeImportacoesTest {

    @Test
    void alemDoLimiteEsperaUmPoucoEEntaoRecusaCom429ERetryAfter() throws Exception {
        LimiteDeImportacoes limite = new LimiteDeImportacoes(1, Duration.ofMillis(100));
        CountDownLatch emAndamento = new CountDownLatch(1);
        CountDownLatch liberar = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<String> primeira = threads.submit(() -> limite.executar(() -> {
                emAndamento.countDown();
                aguardar(liberar);
                return "importada";
            }));
            assertThat(emAndamento.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> outras = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outras.add(threads.submit(() -> limite.executar(() -> "não devia rodar")));
            }
            for (Future<String> outra : outras) {
                assertThatThrownBy(() -> outra.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(
                        ImportacoesSimultaneasDemais.class).cause().satisfies(e -> {
                            ImportacoesSimultaneasDemais recusa = (ImportacoesSimultaneasDemais) e;
                            assertThat(recusa.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                            assertThat(recusa.getBody().getProperties()).containsEntry("code",
                                    "IMPORTACOES_SIMULTANEAS_DEMAIS");
                            assertThat(recusa.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("15");
                        });
            }
            liberar.countDown();
            assertThat(primeira.get(5, TimeUnit.SECONDS)).isEqualTo("importada");
            assertThat(limite.executar(() -> "depois")).isEqualTo("depois");
        } finally {
            liberar.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void quemEsperaPegaAVagaLiberadaDentroDaEspera() throws Exception {
        LimiteDeImportacoes limite = new LimiteDeImportacoes(1, Duration.ofSeconds(5));
        CountDownLatch emAndamento = new CountDownLatch(1);
        CountDownLatch liberar = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> primeira = threads.submit(() -> limite.executar(() -> {
                emAndamento.countDown();
                aguardar(liberar);
                return "primeira";
            }));
            assertThat(emAndamento.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> segunda = threads.submit(() -> limite.executar(() -> "segunda"));
            await().atMost(Duration.ofSeconds(5)).until(limite::haQuemEspere);
            liberar.countDown();

            assertThat(primeira.get(5, TimeUnit.SECONDS)).isEqualTo("primeira");
            assertThat(segunda.get(5, TimeUnit.SECONDS)).isEqualTo("segunda");
        } finally {
            liberar.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void umaImportacaoQueFalhaDevolveAVaga() {
        LimiteDeImportacoes limite = new LimiteDeImportacoes(1, Duration.ZERO);

        assertThatThrownBy(() -> limite.executar(() -> {
            throw new PlanilhaGrandeDemais("grande");
        })).isInstanceOf(PlanilhaGrandeDemais.class);
        assertThat(limite.executar(() -> "seguinte")).isEqualTo("seguinte");
    }

    private static void aguardar(CountDownLatch liberar) {
        try {
            liberar.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
