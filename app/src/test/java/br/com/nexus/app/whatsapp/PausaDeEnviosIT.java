package br.com.nexus.app.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.EnviosWhatsappPausados;
import br.com.nexus.kernel.disparo.EnviosWhatsappRetomados;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The instance loses WhatsApp in the middle of a campaign: the tenant's sending pauses with a
 * reason, the queued dispatches wait without failing, and once the instance is back (webhook,
 * periodic check, or a probe send) every one of them goes out exactly once.
 */
class PausaDeEnviosIT extends CenarioWhatsapp {

    private static final String ESTADO = "/api/whatsapp/envios/estado";
    private static final List<String> VALORES = List.of("20.00", "30.00", "40.00");
    private static final List<String> VALORES_NA_MENSAGEM = List.of("R$ 10,00", "R$ 20,00", "R$ 30,00", "R$ 40,00");

    /** The tenant's first dispatch goes out while all is well; returns the cliente of the campaign. */
    private Cliente campanhaComecada(Empresa empresa) {
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Campanha");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String primeiro = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);
        aguardarEvento(primeiro, DisparoEnviado.class);
        return cliente;
    }

    private List<String> solicitarOsDemais(Empresa empresa, Cliente cliente) {
        return VALORES.stream()
                .map(valor -> solicitarDisparo(empresa, novoBoleto(empresa, cliente, valor, "CANOPUS"), null))
                .toList();
    }

    private void instanciaFechada(Empresa empresa) {
        evolution.stubFor(WireMock.get("/instance/connectionState/" + empresa.instancia()).willReturn(json(200,
                "{\"instance\":{\"instanceName\":\"" + empresa.instancia() + "\",\"state\":\"close\"}}")));
    }

    private Resposta conexao(Empresa empresa, String estado, int codigo) {
        Resposta resposta = webhook("/api/webhooks/evolution", Map.of("x-webhook-token", empresa.webhookToken()),
                envelope("connection.update", empresa.instancia(), null, "{\"instance\":\"" + empresa.instancia()
                        + "\",\"state\":\"" + estado + "\",\"statusReason\":" + codigo + "}"));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return resposta;
    }

    private JsonNode estado(Empresa empresa) {
        Resposta resposta = get(ESTADO, empresa.token(Papel.OPERADOR));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return resposta.json();
    }

    private JsonNode aguardarPausa(Empresa empresa, long naFila) {
        return await().atMost(ESPERA).until(() -> estado(empresa),
                e -> e.path("situacao").asText().equals("PAUSADO") && e.path("naFila").asLong() == naFila);
    }

    /** Texts the fake accepted (201), so a dispatch sent twice would show twice. */
    private Map<String, Long> textosAceitos(Empresa empresa) {
        return evolution.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/message/sendText/" + empresa.instancia()))
                .filter(e -> e.getResponse().getStatus() == 201)
                .map(e -> corpo(e.getRequest()).path("text").asText())
                .map(texto -> VALORES_NA_MENSAGEM.stream().filter(texto::contains).findFirst().orElse(texto))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Published pause/resume events of this tenant, oldest first. */
    private List<JsonNode> eventos(Empresa empresa, Class<?> tipo) {
        return jdbc.queryForList("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE payloadtype = ?
                        ORDER BY globalindex""", String.class, tipo.getName()).stream()
                .map(PausaDeEnviosIT::lerJson)
                .filter(e -> e.path("tenantId").asText().equals(empresa.tenant().tenantId().toString()))
                .toList();
    }

    private void cadaUmSaiUmaVezNaPrimeiraTentativa(Empresa empresa, List<String> disparos) {
        disparos.forEach(id -> assertThat(aguardarEvento(id, DisparoEnviado.class).tentativa()).isEqualTo(1));
        assertThat(textosAceitos(empresa)).containsEntry("R$ 20,00", 1L).containsEntry("R$ 30,00", 1L)
                .containsEntry("R$ 40,00", 1L);
        disparos.forEach(id -> {
            assertThat(eventosDoTipo(id, DisparoFalhou.class)).isEmpty();
            assertThat(eventosDoTipo(id, DisparoAbandonado.class)).isEmpty();
        });
        JsonNode depois = estado(empresa);
        assertThat(depois.path("situacao").asText()).isEqualTo("ATIVO");
        assertThat(depois.path("naFila").asLong()).isZero();
    }

    @Test
    void instanciaQueCaiPausaComMotivoEOWebhookDeReconexaoRetoma() throws Exception {
        Empresa empresa = novaEmpresa();
        Cliente cliente = campanhaComecada(empresa);
        try (Acompanhamento feed = acompanhar(empresa)) {
            instanciaFechada(empresa);
            conexao(empresa, "close", 428);
            List<String> disparos = solicitarOsDemais(empresa, cliente);

            JsonNode pausado = aguardarPausa(empresa, 3);
            assertThat(pausado.path("motivo").asText())
                    .isEqualTo("instancia_desconectada: instância desconectada (connection.update close, código 428)");
            assertThat(pausado.path("desde").asText()).isNotBlank();
            JsonNode noFeed = feed.aguardar(p -> p.path("envios").path("situacao").asText().equals("PAUSADO")
                    && p.path("pendentes").asLong() == 3);
            assertThat(noFeed.path("envios").path("motivo").asText()).startsWith("instancia_desconectada");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(textosAceitos(empresa)).containsOnlyKeys("R$ 10,00");
                disparos.forEach(id -> assertThat(eventosDoTipo(id, DisparoFalhou.class)).isEmpty());
            });

            conexao(empresa, "open", 200);
            instanciaAberta(empresa);

            // Only the webhook can have resumed it: the instance's state still read close until just now.
            assertThat(eventos(empresa, EnviosWhatsappRetomados.class).get(0).path("motivo").asText())
                    .contains("connection.update open");
            cadaUmSaiUmaVezNaPrimeiraTentativa(empresa, disparos);
            feed.aguardar(p -> p.path("envios").path("situacao").asText().equals("ATIVO")
                    && p.path("envios").path("motivo").asText().startsWith("instância reconectada"));
        }
    }

    @Test
    void semWebhookAVerificacaoPeriodicaPercebeAReconexao() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = campanhaComecada(empresa);
        instanciaFechada(empresa);

        List<String> disparos = solicitarOsDemais(empresa, cliente);

        JsonNode pausado = aguardarPausa(empresa, 3);
        assertThat(pausado.path("motivo").asText())
                .isEqualTo("instancia_desconectada: instância desconectada (estado close)");
        disparos.forEach(id -> assertThat(eventosDoTipo(id, DisparoFalhou.class)).isEmpty());
        assertThat(eventos(empresa, EnviosWhatsappPausados.class)).hasSize(1);

        instanciaAberta(empresa);

        cadaUmSaiUmaVezNaPrimeiraTentativa(empresa, disparos);
        List<JsonNode> retomados = eventos(empresa, EnviosWhatsappRetomados.class);
        assertThat(retomados).hasSize(1);
        assertThat(retomados.get(0).path("motivo").asText()).contains("connectionState open");
    }

    @Test
    void instanciaConectadaMasMortaPausaEVoltaQuandoOEnvioDeTesteSai() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = campanhaComecada(empresa);
        for (String rota : List.of("sendText", "sendMedia")) {
            evolution.stubFor(WireMock.post("/message/" + rota + "/" + empresa.instancia()).willReturn(json(400,
                    "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":[\"Error: Connection Closed\"]}}")));
        }

        List<String> disparos = solicitarOsDemais(empresa, cliente);

        JsonNode pausado = await().atMost(ESPERA).until(() -> estado(empresa),
                e -> e.path("situacao").asText().equals("PAUSADO"));
        assertThat(pausado.path("motivo").asText()).startsWith("instancia_sem_resposta: 3 tentativas seguidas");
        assertThat(textosAceitos(empresa)).containsOnlyKeys("R$ 10,00");

        aceitaEnvios(empresa);

        // The instance's circuit breaker, opened by the dead sends, lets the check through after 30 s.
        disparos.forEach(id -> await().atMost(Duration.ofSeconds(90)).until(
                () -> eventosDoTipo(id, DisparoEnviado.class), enviados -> !enviados.isEmpty()));
        assertThat(textosAceitos(empresa)).containsEntry("R$ 20,00", 1L).containsEntry("R$ 30,00", 1L)
                .containsEntry("R$ 40,00", 1L);
        disparos.forEach(id -> assertThat(eventosDoTipo(id, DisparoAbandonado.class)).isEmpty());
        List<JsonNode> retomados = eventos(empresa, EnviosWhatsappRetomados.class);
        assertThat(retomados).hasSize(1);
        assertThat(retomados.get(0).path("motivo").asText()).startsWith("envio de teste saiu");
        assertThat(estado(empresa).path("situacao").asText()).isEqualTo("ATIVO");
    }

    @Test
    void estadoDosEnviosEhDoTenantEDeQuemOperaNaoDoAuditor() {
        Empresa empresa = novaEmpresa();
        Empresa outra = novaEmpresa();
        instanciaFechada(outra);
        conexao(outra, "close", 401);

        List<Resposta> permitidas = Stream.of(Papel.ADMIN, Papel.SUPERVISOR, Papel.OPERADOR)
                .map(papel -> get(ESTADO, empresa.token(papel))).toList();
        Resposta auditor = get(ESTADO, empresa.token(Papel.AUDITOR));
        Resposta anonimo = get(ESTADO, null);

        assertThat(permitidas).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().path("situacao").asText()).isEqualTo("ATIVO");
            assertThat(r.json().has("motivo")).isFalse();
            assertThat(r.json().has("desde")).isFalse();
            assertThat(r.json().path("naFila").asLong()).isZero();
        });
        assertThat(estado(outra).path("situacao").asText()).isEqualTo("PAUSADO");
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(anonimo.status()).isEqualTo(401);
    }

    /** The live progress feed of the tenant's dispatches, read as a page would. */
    private Acompanhamento acompanhar(Empresa empresa) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> resposta = HttpClient.newHttpClient().send(
                request("/api/disparos/progresso", empresa.token(Papel.OPERADOR))
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(resposta.statusCode()).isEqualTo(200);
        return new Acompanhamento(resposta);
    }

    private static final class Acompanhamento implements AutoCloseable {

        private final HttpResponse<Stream<String>> resposta;
        private final BlockingQueue<JsonNode> eventos = new LinkedBlockingQueue<>();

        Acompanhamento(HttpResponse<Stream<String>> resposta) {
            this.resposta = resposta;
            Thread leitor = new Thread(() -> {
                try {
                    resposta.body().filter(linha -> linha.startsWith("data:"))
                            .forEach(linha -> eventos.add(lerJson(linha.substring(5))));
                } catch (UncheckedIOException fechado) {
                    // the test closed the stream: the page went away
                }
            });
            leitor.setDaemon(true);
            leitor.start();
        }

        /** The first event from now on that matches, skipping the others. */
        JsonNode aguardar(Predicate<JsonNode> condicao) throws InterruptedException {
            long limite = System.nanoTime() + ESPERA.toNanos();
            while (System.nanoTime() < limite) {
                JsonNode evento = eventos.poll(1, TimeUnit.SECONDS);
                if (evento != null && condicao.test(evento)) {
                    return evento;
                }
            }
            throw new AssertionError("nenhum evento do acompanhamento satisfez a condição em " + ESPERA);
        }

        @Override
        public void close() {
            resposta.body().close();
        }
    }

    private static JsonNode lerJson(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
