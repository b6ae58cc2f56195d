package br.com.nexus.command.whatsapp.evolution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.whatsapp.RespostasEvolution;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution.Tipo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvolutionClientTest {

    private static final String TOKEN = "token-da-instancia";

    private WireMockServer evolution;
    private EvolutionClient client;
    private ConexaoEvolution conexao;

    @BeforeEach
    void iniciar() {
        evolution = new WireMockServer(options().dynamicPort());
        evolution.start();
        client = new EvolutionClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                new ObjectMapper(), Duration.ofMillis(800));
        conexao = new ConexaoEvolution(URI.create(evolution.baseUrl() + "/"), "cobranca01", TOKEN);
    }

    @AfterEach
    void parar() {
        evolution.stop();
    }

    @Test
    void enviaTextoComChaveDaInstanciaEDevolveOIdDaMensagem() {
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(201, RespostasEvolution.TEXTO_ENVIADO)));

        MensagemEnviada enviada = client.enviarTexto(conexao, "5511987654321@s.whatsapp.net", "Olá, segue seu boleto",
                Duration.ofMillis(1200));

        assertThat(enviada.messageId()).isEqualTo("3EB0A1B2C3D4E5F6");
        assertThat(enviada.remoteJid()).isEqualTo("5511987654321@s.whatsapp.net");
        evolution.verify(postRequestedFor(urlEqualTo("/message/sendText/cobranca01"))
                .withHeader("apikey", equalTo(TOKEN))
                .withRequestBody(equalToJson("""
                        {"number":"5511987654321@s.whatsapp.net","text":"Olá, segue seu boleto","delay":1200}""")));
    }

    @Test
    void enviaPdfComoDocumentoBase64ComNomeELegenda() {
        evolution.stubFor(post("/message/sendMedia/cobranca01")
                .willReturn(json(201, RespostasEvolution.DOCUMENTO_ENVIADO)));
        byte[] pdf = "%PDF-1.4 boleto".getBytes(StandardCharsets.US_ASCII);

        MensagemEnviada enviada = client.enviarDocumento(conexao, "551187654321@s.whatsapp.net", pdf, "boleto.pdf",
                "Seu boleto", Duration.ZERO);

        assertThat(enviada.messageId()).isEqualTo("3EB0DOC0000000001");
        evolution.verify(postRequestedFor(urlEqualTo("/message/sendMedia/cobranca01"))
                .withRequestBody(matchingJsonPath("$.mediatype", equalTo("document")))
                .withRequestBody(matchingJsonPath("$.mimetype", equalTo("application/pdf")))
                .withRequestBody(matchingJsonPath("$.fileName", equalTo("boleto.pdf")))
                .withRequestBody(matchingJsonPath("$.caption", equalTo("Seu boleto")))
                .withRequestBody(matchingJsonPath("$.media", equalTo(Base64.getEncoder().encodeToString(pdf)))));
    }

    @Test
    void numeroSemWhatsappEhFalhaPermanentePropria() {
        evolution.stubFor(post("/message/sendText/cobranca01")
                .willReturn(json(400, RespostasEvolution.NUMERO_INEXISTENTE)));

        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> {
                    assertThat(f.tipo()).isEqualTo(Tipo.NUMERO_SEM_WHATSAPP);
                    assertThat(f.transitoria()).isFalse();
                    assertThat(f.getMessage()).doesNotContain("5511987654321");
                });
    }

    @Test
    void connectionClosedEmQualquerFormaEhTransitoria() {
        for (Map.Entry<Integer, String> resposta : Map.of(500, RespostasEvolution.CONEXAO_FECHADA_500,
                501, RespostasEvolution.CONEXAO_FECHADA_500_LISTA, 400, RespostasEvolution.CONEXAO_FECHADA_400).entrySet()) {
            int status = resposta.getKey() == 501 ? 500 : resposta.getKey();
            evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(status, resposta.getValue())));

            assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                    .as("status %s", status)
                    .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA));
        }
    }

    @Test
    void erroDeServidorSemCorpoJsonEhTransitorio() {
        evolution.stubFor(post("/message/sendText/cobranca01")
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> {
                    assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA);
                    assertThat(f.status()).isEqualTo(502);
                });
    }

    @Test
    void chaveRecusadaInstanciaInexistenteEEsquemaInvalidoSaoDistintos() {
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(401, RespostasEvolution.NAO_AUTORIZADO)));
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.NAO_AUTORIZADO));

        evolution.stubFor(post("/message/sendText/cobranca01")
                .willReturn(json(404, RespostasEvolution.INSTANCIA_INEXISTENTE)));
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class,
                        f -> assertThat(f.tipo()).isEqualTo(Tipo.INSTANCIA_INEXISTENTE));

        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(400, RespostasEvolution.ESQUEMA_INVALIDO)));
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> {
                    assertThat(f.tipo()).isEqualTo(Tipo.REJEITADA);
                    assertThat(f.getMessage()).contains("requires property");
                });
    }

    @Test
    void semRespostaATempoOuConexaoDerrubadaSaoTransitorias() {
        evolution.stubFor(get("/instance/connectionState/cobranca01")
                .willReturn(json(200, RespostasEvolution.ABERTA).withFixedDelay(3000)));
        assertThatThrownBy(() -> client.estado(conexao))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA));

        evolution.stubFor(get("/instance/connectionState/cobranca01")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client.estado(conexao))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA));
    }

    @Test
    void servidorForaDoArEhTransitorio() {
        evolution.stop();

        assertThatThrownBy(() -> client.estado(conexao))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> {
                    assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA);
                    assertThat(f.status()).isZero();
                });
    }

    /** Like Evolution with WEBSOCKET_ENABLED: any request offering an upgrade is handed to socket.io and dropped. */
    @Test
    void falaHttp11ParaQueOSocketIoNaoDerrubeAsChamadas() {
        WireMockServer comWebsocket = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        comWebsocket.start();
        try {
            comWebsocket.stubFor(any(anyUrl()).atPriority(1).withHeader("Upgrade", matching(".+"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            comWebsocket.stubFor(get("/instance/connectionState/cobranca01").atPriority(5)
                    .willReturn(json(200, RespostasEvolution.ABERTA)));
            comWebsocket.stubFor(post("/message/sendText/cobranca01").atPriority(5)
                    .willReturn(json(201, RespostasEvolution.TEXTO_ENVIADO)));
            EvolutionClient deProducao = new EvolutionClient(EvolutionClient.http(Duration.ofSeconds(2)),
                    new ObjectMapper(), Duration.ofSeconds(2));
            ConexaoEvolution semTls = new ConexaoEvolution(URI.create(comWebsocket.baseUrl()), "cobranca01", TOKEN);

            assertThat(deProducao.estado(semTls).aberta()).isTrue();
            assertThat(deProducao.enviarTexto(semTls, "5511987654321", "oi", Duration.ZERO).messageId())
                    .isEqualTo("3EB0A1B2C3D4E5F6");
            comWebsocket.verify(0, anyRequestedFor(anyUrl()).withHeader("Upgrade", matching(".+")));
        } finally {
            comWebsocket.stop();
        }
    }

    @Test
    void soConexaoFechadaOuServidorInalcancavelGarantemQueNadaSaiu() {
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(400, RespostasEvolution.CONEXAO_FECHADA_400)));
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.semConexao()).isTrue());

        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(500,
                "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":\"boom\"}}")));
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .as("a 500 may come after the message went out")
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.semConexao()).isFalse());

        evolution.stubFor(post("/message/sendText/cobranca01")
                .willReturn(json(201, RespostasEvolution.TEXTO_ENVIADO).withFixedDelay(3000)));
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .as("a send without answer may have gone out")
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.semConexao()).isFalse());

        evolution.stop();
        assertThatThrownBy(() -> client.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.semConexao()).isTrue());
    }

    @Test
    void leOEstadoDaConexao() {
        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(200, RespostasEvolution.ABERTA)));
        assertThat(client.estado(conexao).aberta()).isTrue();

        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(200, RespostasEvolution.FECHADA)));
        EstadoConexao fechada = client.estado(conexao);
        assertThat(fechada.aberta()).isFalse();
        assertThat(fechada.estado()).isEqualTo("close");
    }

    @Test
    void consultaOsDoisFormatosDoNumero() {
        evolution.stubFor(post("/chat/whatsappNumbers/cobranca01")
                .willReturn(json(200, RespostasEvolution.SO_DOZE_DIGITOS)));

        List<NumeroWhatsapp> numeros = client.consultarNumeros(conexao, List.of("5511987654321", "551187654321"));

        assertThat(numeros).containsExactly(
                new NumeroWhatsapp("5511987654321@s.whatsapp.net", false, "5511987654321"),
                new NumeroWhatsapp("551187654321@s.whatsapp.net", true, "551187654321"));
        evolution.verify(postRequestedFor(urlEqualTo("/chat/whatsappNumbers/cobranca01"))
                .withRequestBody(equalToJson("{\"numbers\":[\"5511987654321\",\"551187654321\"]}")));
    }

    @Test
    void conexaoQueCaiNaConsultaDeNumerosEhTransitoria() {
        for (String corpo : List.of(RespostasEvolution.CONSULTA_CONEXAO_FECHADA,
                RespostasEvolution.CONSULTA_ERRO_SEM_MENSAGEM)) {
            evolution.stubFor(post("/chat/whatsappNumbers/cobranca01").willReturn(json(400, corpo)));

            assertThatThrownBy(() -> client.consultarNumeros(conexao, List.of("5511987654321", "551187654321")))
                    .as(corpo)
                    .isInstanceOfSatisfying(FalhaEvolution.class, f -> {
                        assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA);
                        assertThat(f.status()).isEqualTo(400);
                    });
        }
    }

    @Test
    void consultaDeNumerosComEsquemaInvalidoContinuaRecusada() {
        evolution.stubFor(post("/chat/whatsappNumbers/cobranca01")
                .willReturn(json(400, RespostasEvolution.CONSULTA_ESQUEMA_INVALIDO)));

        assertThatThrownBy(() -> client.consultarNumeros(conexao, List.of("5511987654321")))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.REJEITADA));
    }

    @Test
    void conectarDevolveQrCodeOuEstadoAbertoOuFalha() {
        evolution.stubFor(get("/instance/connect/cobranca01").willReturn(json(200, RespostasEvolution.QRCODE)));
        EstadoConexao pareando = client.conectar(conexao);
        assertThat(pareando.qrcode().base64()).startsWith("data:image/png;base64,");
        assertThat(pareando.qrcode().code()).startsWith("2@");

        evolution.stubFor(get("/instance/connect/cobranca01").willReturn(json(200, RespostasEvolution.ABERTA)));
        assertThat(client.conectar(conexao).aberta()).isTrue();

        evolution.stubFor(get("/instance/connect/cobranca01").willReturn(json(200, RespostasEvolution.QRCODE_ERRO)));
        assertThatThrownBy(() -> client.conectar(conexao))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA));
    }

    @Test
    void criaInstanciaComChaveGlobalTokenEWebhook() {
        evolution.stubFor(post("/instance/create").willReturn(json(201, RespostasEvolution.CRIADA)));

        InstanciaCriada criada = client.criarInstancia(conexao.servidor(), "chave-global",
                new NovaInstancia("cobranca01", "TOKEN-DA-INSTANCIA-123", null, new NovaInstancia.Webhook(
                        "https://nexus.example/api/webhooks/evolution", Map.of("x-webhook-token", "segredo"), false,
                        List.of("MESSAGES_UPDATE"))));

        assertThat(criada.hash()).isEqualTo("TOKEN-DA-INSTANCIA-123");
        assertThat(criada.qrcode().code()).isEqualTo("2@QrDaCriacao==");
        evolution.verify(postRequestedFor(urlEqualTo("/instance/create"))
                .withHeader("apikey", equalTo("chave-global"))
                .withRequestBody(matchingJsonPath("$.integration", equalTo("WHATSAPP-BAILEYS")))
                .withRequestBody(matchingJsonPath("$.token", equalTo("TOKEN-DA-INSTANCIA-123")))
                .withRequestBody(matchingJsonPath("$.webhook.headers.x-webhook-token", equalTo("segredo")))
                .withRequestBody(matchingJsonPath("$.webhook.url", equalTo("https://nexus.example/api/webhooks/evolution"))));
    }

    @Test
    void nomeDeInstanciaEmUsoEhConflito() {
        evolution.stubFor(post("/instance/create").willReturn(json(403, RespostasEvolution.NOME_EM_USO)));

        assertThatThrownBy(() -> client.criarInstancia(conexao.servidor(), "chave-global",
                new NovaInstancia("cobranca01", "t", null, null)))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.NOME_EM_USO));
    }

    @Test
    void detalheDoGatewayNuncaMostraTelefoneInteiro() {
        assertThat(EvolutionClient.detalhe("Error: 5511987654321@s.whatsapp.net not found"))
                .doesNotContain("5511987654321")
                .contains("5511****21");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String corpo) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(corpo);
    }
}
