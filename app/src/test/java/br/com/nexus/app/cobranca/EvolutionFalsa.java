package br.com.nexus.app.cobranca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Evolution API 2.3 as WireMock in the test JVM, answering as the real one does: the instance is
 * open, every number asked has WhatsApp in the form asked, and each send gets a fresh
 * {@code key.id} after {@code atrasoPorEnvio}. It outlives the application it serves, so what it
 * received before a crash is still there after.
 */
final class EvolutionFalsa implements AutoCloseable {

    static final String INSTANCIA = "inst-queda";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROTAS_DE_ENVIO = List.of("sendText", "sendMedia");
    /** Longer than anything a test does between holding the sends and killing the application. */
    private static final Duration RETENCAO = Duration.ofSeconds(30);

    private final WireMockServer servidor;
    private final List<StubMapping> retencoes = new ArrayList<>();

    EvolutionFalsa(Duration atrasoPorEnvio) {
        servidor = new WireMockServer(options().dynamicPort().globalTemplating(true));
        servidor.start();
        servidor.stubFor(WireMock.get("/instance/connectionState/" + INSTANCIA).willReturn(json(200,
                "{\"instance\":{\"instanceName\":\"" + INSTANCIA + "\",\"state\":\"open\"}}")));
        servidor.stubFor(WireMock.post("/chat/whatsappNumbers/" + INSTANCIA).willReturn(json(200, """
                [{"jid":"{{jsonPath request.body '$.numbers[0]'}}@s.whatsapp.net","exists":true,
                  "number":"{{jsonPath request.body '$.numbers[0]'}}"}]""")));
        for (String rota : ROTAS_DE_ENVIO) {
            servidor.stubFor(WireMock.post("/message/" + rota + "/" + INSTANCIA).willReturn(json(201, """
                    {"key":{"remoteJid":"{{jsonPath request.body '$.number'}}","fromMe":true,
                     "id":"3EB0{{randomValue length=16 type='ALPHANUMERIC' uppercase=true}}"},
                     "pushName":"Você","status":"PENDING","message":{"conversation":"ok"},"contextInfo":null,
                     "messageType":"conversation","messageTimestamp":1717000000,"instanceId":"uuid","source":"unknown"}""")
                    .withFixedDelay((int) atrasoPorEnvio.toMillis())));
        }
    }

    /**
     * The tenant's {@code evolution} integration pointing here: no gap between sends, no long pause,
     * no typing delay, sending all day.
     */
    Map<String, Object> integracao() {
        return Map.of(
                "configuracao", Map.of(
                        "servidorUrl", servidor.baseUrl(),
                        "instancia", INSTANCIA,
                        "intervaloMinimoSegundos", "0",
                        "intervaloMaximoSegundos", "0",
                        "pausaAposEnvios", "0",
                        "digitacaoMaximaSegundos", "0",
                        "janelaInicio", "00:00",
                        "janelaFim", "00:00",
                        "retentativaSegundos", "1",
                        "tentativasMaximas", "3"),
                "segredos", Map.of("apiKey", "api-queda", "webhookToken", "hook-queda", "jwtKey", "jwt-queda"));
    }

    /** The messages received so far (text or document), in arrival order. */
    List<LoggedRequest> envios() {
        return servidor.findAll(postRequestedFor(urlPathMatching("/message/send(Text|Media)/" + INSTANCIA)));
    }

    /**
     * From now on a message is received (and recorded) but not answered until long after: the sender
     * keeps waiting, as when WhatsApp has the message and the node dies before hearing back.
     */
    void reterEnvios() {
        for (String rota : ROTAS_DE_ENVIO) {
            retencoes.add(servidor.stubFor(WireMock.post("/message/" + rota + "/" + INSTANCIA).atPriority(1)
                    .willReturn(json(201, "{\"key\":{\"id\":\"3EB0RETIDA\"}}")
                            .withFixedDelay((int) RETENCAO.toMillis()))));
        }
    }

    /** Messages are answered again (those already held stay held). */
    void liberarEnvios() {
        retencoes.forEach(servidor::removeStub);
        retencoes.clear();
    }

    /** The numbers of the messages received while held, never answered. */
    Set<String> numerosRetidos() {
        Set<UUID> ids = retencoes.stream().map(StubMapping::getId).collect(Collectors.toSet());
        return servidor.getAllServeEvents().stream()
                .filter(e -> e.getStubMapping() != null && ids.contains(e.getStubMapping().getId()))
                .map(ServeEvent::getRequest).map(EvolutionFalsa::numero).collect(Collectors.toSet());
    }

    /** The number a message was sent to (the JID, as Evolution receives it). */
    static String destino(LoggedRequest envio) {
        try {
            return JSON.readTree(envio.getBodyAsString()).path("number").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digits of the number a message was sent to, without the JID suffix. */
    static String numero(LoggedRequest envio) {
        return destino(envio).split("@")[0];
    }

    @Override
    public void close() {
        servidor.stop();
    }

    private static ResponseDefinitionBuilder json(int status, String corpo) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(corpo);
    }
}
