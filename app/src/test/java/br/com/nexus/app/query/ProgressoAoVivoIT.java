package br.com.nexus.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A page follows a dispatch campaign over server-sent events instead of polling. */
class ProgressoAoVivoIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void progressoDosDisparosChegaACadaMudanca() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        DisparoId primeiro = DisparoId.novo();
        h.publicar("Disparo", primeiro, solicitado(empresa, primeiro));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/disparos", empresa.token(Papel.OPERADOR)).json().path("total").asLong() == 1);

        HttpResponse<Stream<String>> resposta = HttpClient.newHttpClient().send(
                request("/api/disparos/progresso", empresa.token(Papel.OPERADOR))
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<JsonNode> eventos = new LinkedBlockingQueue<>();
        Thread leitor = new Thread(() -> {
            try {
                resposta.body().filter(linha -> linha.startsWith("data:"))
                        .forEach(linha -> eventos.add(lerJson(linha.substring(5))));
            } catch (java.io.UncheckedIOException fechado) {
                // the test closed the stream: the page went away
            }
        });
        leitor.setDaemon(true);
        leitor.start();
        try {
            assertThat(resposta.statusCode()).isEqualTo(200);
            assertThat(resposta.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            JsonNode inicial = eventos.poll(30, TimeUnit.SECONDS);
            assertThat(inicial).isNotNull();
            assertThat(inicial.path("total").asLong()).isEqualTo(1);
            assertThat(inicial.path("pendentes").asLong()).isEqualTo(1);

            h.publicar("Disparo", primeiro, new DisparoEnviado(primeiro, empresa.tenantId(), "3EB0", 1));
            JsonNode enviado = eventos.poll(30, TimeUnit.SECONDS);
            DisparoId segundo = DisparoId.novo();
            h.publicar("Disparo", segundo, solicitado(empresa, segundo));
            JsonNode segundoPedido = eventos.poll(30, TimeUnit.SECONDS);

            assertThat(enviado).isNotNull();
            assertThat(enviado.path("concluidos").asLong()).isEqualTo(1);
            assertThat(enviado.path("percentual").decimalValue()).isEqualByComparingTo("100.00");
            assertThat(segundoPedido).isNotNull();
            assertThat(segundoPedido.path("total").asLong()).isEqualTo(2);
            assertThat(segundoPedido.path("percentual").decimalValue()).isEqualByComparingTo("50.00");
        } finally {
            resposta.body().close();
        }
    }

    @Test
    void semTokenNaoAcompanha() {
        assertThat(get("/api/disparos/progresso", null).status()).isEqualTo(401);
    }

    private static DisparoSolicitado solicitado(TenantDeTeste empresa, DisparoId disparo) {
        return new DisparoSolicitado(disparo, empresa.tenantId(), BoletoId.novo(), ClienteId.novo(), "5511987654321",
                "Seu boleto", null);
    }

    private static JsonNode lerJson(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
