package br.com.nexus.app.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.kernel.seguranca.Papel;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tenant's Evolution instance: create, pair by QR code, state, webhook; gateway failures as problems. */
class InstanciaWhatsappIT extends CenarioWhatsapp {

    private static final String INSTANCIA = "/api/whatsapp/instancia";

    @Test
    void criaAInstanciaGuardaOTokenEApontaOWebhookParaNos() {
        Autenticacao.TenantDeTeste tenant = Autenticacao.novoTenant(url(""));
        String instancia = "nova-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = tenant.token(Papel.ADMIN);
        assertThat(put("/api/integracoes/evolution", admin, Map.of(
                "configuracao", Map.of("servidorUrl", evolution.baseUrl(), "instancia", instancia,
                        "webhookUrl", "https://nexus.example/api/webhooks/evolution"),
                "segredos", Map.of("chaveGlobal", "chave-global-" + instancia, "webhookToken", "hook-" + instancia)))
                .status()).isEqualTo(200);
        evolution.stubFor(WireMock.post("/instance/create").withRequestBody(matchingJsonPath("$.instanceName", equalTo(instancia)))
                .willReturn(json(201, "{\"instance\":{\"instanceName\":\"" + instancia + "\",\"instanceId\":\"id\","
                        + "\"integration\":\"WHATSAPP-BAILEYS\",\"status\":\"connecting\"},\"hash\":\"HASH-" + instancia
                        + "\",\"qrcode\":{\"pairingCode\":null,\"code\":\"2@qr\",\"base64\":\"data:image/png;base64,AAAA\","
                        + "\"count\":1}}")));

        Resposta criada = post(INSTANCIA, admin, null);

        assertThat(criada.status()).as(criada.toString()).isEqualTo(201);
        assertThat(criada.json().path("qrcode").path("base64").asText()).isEqualTo("data:image/png;base64,AAAA");
        evolution.verify(postRequestedFor(urlEqualTo("/instance/create"))
                .withHeader("apikey", equalTo("chave-global-" + instancia))
                .withRequestBody(matchingJsonPath("$.instanceName", equalTo(instancia)))
                .withRequestBody(matchingJsonPath("$.webhook.url", equalTo("https://nexus.example/api/webhooks/evolution")))
                .withRequestBody(matchingJsonPath("$.webhook.headers.x-webhook-token", equalTo("hook-" + instancia))));
        assertThat(get("/api/integracoes/evolution", admin).json().path("segredosDefinidos").toString())
                .contains("apiKey");
        assertThat(criada.body()).doesNotContain("HASH-" + instancia).doesNotContain("chave-global");

        evolution.stubFor(WireMock.get("/instance/connectionState/" + instancia)
                .withHeader("apikey", equalTo("HASH-" + instancia))
                .willReturn(json(200, "{\"instance\":{\"instanceName\":\"" + instancia + "\",\"state\":\"open\"}}")));
        Resposta estado = get(INSTANCIA + "/estado", tenant.token(Papel.OPERADOR));
        assertThat(estado.status()).as(estado.toString()).isEqualTo(200);
        assertThat(estado.json().path("estado").asText()).isEqualTo("open");
    }

    @Test
    void qrCodeParaParearEEstadoAbertoQuandoJaConectada() {
        Empresa empresa = novaEmpresa();
        evolution.stubFor(WireMock.get("/instance/connect/" + empresa.instancia()).willReturn(json(200,
                "{\"pairingCode\":\"WZYEH1YY\",\"code\":\"2@xyz\",\"base64\":\"data:image/png;base64,QR==\",\"count\":2}")));

        Resposta qrcode = get(INSTANCIA + "/qrcode", empresa.token(Papel.ADMIN));

        assertThat(qrcode.status()).as(qrcode.toString()).isEqualTo(200);
        assertThat(qrcode.json().path("estado").asText()).isEqualTo("connecting");
        assertThat(qrcode.json().path("qrcode").path("pairingCode").asText()).isEqualTo("WZYEH1YY");
        assertThat(get(INSTANCIA + "/qrcode", empresa.token(Papel.OPERADOR)).status()).isEqualTo(403);
    }

    @Test
    void falhasDoGatewayViramProblemasClaros() {
        Empresa empresa = novaEmpresa();
        evolution.stubFor(WireMock.get("/instance/connect/" + empresa.instancia()).willReturn(json(500,
                "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":\"Connection Closed\"}}")));
        evolution.stubFor(WireMock.get("/instance/connectionState/" + empresa.instancia()).willReturn(json(401,
                "{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Unauthorized\"}}")));

        Resposta indisponivel = get(INSTANCIA + "/qrcode", empresa.token(Papel.ADMIN));
        Resposta recusada = get(INSTANCIA + "/estado", empresa.token(Papel.ADMIN));
        Resposta semChaveGlobal = post(INSTANCIA, empresa.token(Papel.ADMIN), null);
        Resposta semIntegracao = get(INSTANCIA + "/estado",
                Autenticacao.novoTenant(url("")).token(Papel.ADMIN));

        assertThat(indisponivel.status()).isEqualTo(502);
        assertThat(indisponivel.json().path("code").asText()).isEqualTo("EVOLUTION_INDISPONIVEL");
        assertThat(indisponivel.contentType()).startsWith("application/problem+json");
        assertThat(recusada.status()).isEqualTo(422);
        assertThat(recusada.json().path("code").asText()).isEqualTo("EVOLUTION_CREDENCIAL_RECUSADA");
        assertThat(semChaveGlobal.status()).isEqualTo(422);
        assertThat(semChaveGlobal.json().path("code").asText()).isEqualTo("CHAVE_GLOBAL_AUSENTE");
        assertThat(semIntegracao.status()).isEqualTo(404);
        assertThat(semIntegracao.json().path("code").asText()).isEqualTo("INTEGRACAO_NAO_CONFIGURADA");
    }

    @Test
    void nomeDeInstanciaJaUsadoEhConflito() {
        Autenticacao.TenantDeTeste tenant = Autenticacao.novoTenant(url(""));
        String instancia = "usada-" + UUID.randomUUID().toString().substring(0, 8);
        put("/api/integracoes/evolution", tenant.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("servidorUrl", evolution.baseUrl(), "instancia", instancia),
                "segredos", Map.of("chaveGlobal", "global")));
        evolution.stubFor(WireMock.post("/instance/create").withRequestBody(matchingJsonPath("$.instanceName", equalTo(instancia)))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(
                        "{\"status\":403,\"error\":\"Forbidden\",\"response\":{\"message\":[\"This name \\\""
                                + instancia + "\\\" is already in use.\"]}}")));

        Resposta resposta = post(INSTANCIA, tenant.token(Papel.ADMIN), null);

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(409);
        assertThat(resposta.json().path("code").asText()).isEqualTo("INSTANCIA_EM_USO");
    }

    @Test
    void configuracaoQueNaoFuncionaEhRecusadaNaIntegracao() {
        Autenticacao.TenantDeTeste tenant = Autenticacao.novoTenant(url(""));

        Resposta resposta = put("/api/integracoes/evolution", tenant.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("servidorUrl", "https://evo.example.com", "instancia", "x",
                        "intervaloMinimoSegundos", "90", "intervaloMaximoSegundos", "30"),
                "segredos", Map.of("apiKey", "t")));

        assertThat(resposta.status()).isEqualTo(400);
        assertThat(resposta.json().path("code").asText()).isEqualTo("CONFIGURACAO_INVALIDA");
    }
}
