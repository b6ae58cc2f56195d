package br.com.nexus.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
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

/** Portal download runs as the screens see them: list, detail and a live progress bar. */
class ExecucoesDownloadIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void listaDetalheEProgressoAoVivoDeUmaExecucao() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        ExecucaoDownloadId execucao = ExecucaoDownloadId.novo();
        h.publicar("ExecucaoDownload", execucao, new ExecucaoDownloadIniciada(execucao, empresa.tenantId(), "17.308",
                2026, 10, 2));
        String supervisor = empresa.token(Papel.SUPERVISOR);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/execucoes-download", supervisor).json().path("total").asLong() == 1);

        HttpResponse<Stream<String>> resposta = HttpClient.newHttpClient().send(
                request("/api/execucoes-download/" + execucao + "/progresso", supervisor)
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<JsonNode> eventos = new LinkedBlockingQueue<>();
        Thread leitor = new Thread(() -> {
            try {
                resposta.body().filter(linha -> linha.startsWith("data:"))
                        .forEach(linha -> eventos.add(json(linha.substring(5))));
            } catch (java.io.UncheckedIOException fechado) {
                // the test closed the stream
            }
        });
        leitor.setDaemon(true);
        leitor.start();
        try {
            assertThat(resposta.statusCode()).isEqualTo(200);
            JsonNode inicial = eventos.poll(30, TimeUnit.SECONDS);
            assertThat(inicial).isNotNull();
            assertThat(inicial.path("processados").asInt()).isZero();
            assertThat(inicial.path("total").asInt()).isEqualTo(2);

            h.publicar("ExecucaoDownload", execucao, new ClienteDownloadConcluido(execucao, empresa.tenantId(),
                    ClienteId.novo(), ResultadoDownload.SUCESSO, null, "ANA_MARCO.pdf", null, null, 1, 2));
            JsonNode metade = eventos.poll(30, TimeUnit.SECONDS);
            h.publicar("ExecucaoDownload", execucao, new ClienteDownloadConcluido(execucao, empresa.tenantId(),
                    ClienteId.novo(), ResultadoDownload.SEM_BOLETO, "Nada a emitir", null, null, null, 2, 2));
            eventos.poll(30, TimeUnit.SECONDS);
            h.publicar("ExecucaoDownload", execucao, new ExecucaoDownloadConcluida(execucao, empresa.tenantId(),
                    SituacaoExecucaoDownload.CONCLUIDA, null, 2, new ContagemDownload(1, 0, 0, 1, 0)));
            JsonNode fim = eventos.poll(30, TimeUnit.SECONDS);

            assertThat(metade).isNotNull();
            assertThat(metade.path("percentual").decimalValue()).isEqualByComparingTo("50.00");
            assertThat(fim).isNotNull();
            assertThat(fim.path("emAndamento").asBoolean()).isFalse();
            assertThat(fim.path("situacao").asText()).isEqualTo("CONCLUIDA");
        } finally {
            resposta.body().close();
        }

        JsonNode detalhe = get("/api/execucoes-download/" + execucao, supervisor).json();
        assertThat(detalhe.path("execucao").path("sucesso").asInt()).isEqualTo(1);
        assertThat(detalhe.path("clientes").size()).isEqualTo(2);
        assertThat(detalhe.path("clientes").get(0).path("arquivo").asText()).isEqualTo("ANA_MARCO.pdf");
    }

    @Test
    void execucaoDeOutraEmpresaOuDesconhecidaResponde404EOperadorNaoVe() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        TenantDeTeste outra = Autenticacao.novoTenant(url(""));
        ExecucaoDownloadId execucao = ExecucaoDownloadId.novo();
        new HistoricoDeTeste(eventStore).publicar("ExecucaoDownload", execucao,
                new ExecucaoDownloadIniciada(execucao, empresa.tenantId(), null, null, null, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/execucoes-download/" + execucao,
                empresa.token(Papel.AUDITOR)).status() == 200);

        Resposta alheia = get("/api/execucoes-download/" + execucao, outra.token(Papel.SUPERVISOR));
        Resposta progresso = get("/api/execucoes-download/" + execucao + "/progresso", outra.token(Papel.SUPERVISOR));

        assertThat(alheia.status()).isEqualTo(404);
        assertThat(alheia.json().path("code").asText()).isEqualTo("EXECUCAO_NAO_ENCONTRADA");
        assertThat(progresso.status()).isEqualTo(404);
        assertThat(get("/api/execucoes-download", empresa.token(Papel.OPERADOR)).status()).isEqualTo(403);
    }

    private static JsonNode json(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
