package br.com.nexus.command.whatsapp.evolution;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.whatsapp.RespostasEvolution;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution.Tipo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayEvolutionTest {

    private WireMockServer evolution;
    private GatewayEvolution gateway;
    private ConexaoEvolution conexao;

    @BeforeEach
    void iniciar() {
        evolution = new WireMockServer(options().dynamicPort());
        evolution.start();
        WhatsappProperties propriedades = new WhatsappProperties(Duration.ofSeconds(2), Duration.ofSeconds(2), 3,
                Duration.ofMillis(10), 4, 4, 50, Duration.ofMinutes(5), Duration.ofSeconds(1), 2, Duration.ofMinutes(15),
                Duration.ofMinutes(10));
        gateway = new GatewayEvolution(new EvolutionClient(HttpClient.newHttpClient(), new ObjectMapper(),
                Duration.ofSeconds(2)), propriedades);
        conexao = new ConexaoEvolution(URI.create(evolution.baseUrl()), "cobranca01", "token");
    }

    @AfterEach
    void parar() {
        evolution.stop();
    }

    @Test
    void repeteFalhaTransitoriaAteOGatewayAceitar() {
        evolution.stubFor(post("/message/sendText/cobranca01").inScenario("instavel").whenScenarioStateIs(STARTED)
                .willReturn(json(500, RespostasEvolution.CONEXAO_FECHADA_500)).willSetStateTo("segunda"));
        evolution.stubFor(post("/message/sendText/cobranca01").inScenario("instavel").whenScenarioStateIs("segunda")
                .willReturn(json(400, RespostasEvolution.CONEXAO_FECHADA_400)).willSetStateTo("terceira"));
        evolution.stubFor(post("/message/sendText/cobranca01").inScenario("instavel").whenScenarioStateIs("terceira")
                .willReturn(json(201, RespostasEvolution.TEXTO_ENVIADO)));

        MensagemEnviada enviada = gateway.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO);

        assertThat(enviada.messageId()).isEqualTo("3EB0A1B2C3D4E5F6");
        evolution.verify(3, postRequestedFor(urlEqualTo("/message/sendText/cobranca01")));
    }

    @Test
    void desisteDepoisDasTentativasEDevolveAFalhaTransitoria() {
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(500, RespostasEvolution.CONEXAO_FECHADA_500)));

        assertThatThrownBy(() -> gateway.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class, f -> assertThat(f.tipo()).isEqualTo(Tipo.TRANSITORIA));
        evolution.verify(3, postRequestedFor(urlEqualTo("/message/sendText/cobranca01")));
    }

    @Test
    void naoRepeteFalhaPermanente() {
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(400, RespostasEvolution.NUMERO_INEXISTENTE)));

        assertThatThrownBy(() -> gateway.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(FalhaEvolution.class,
                        f -> assertThat(f.tipo()).isEqualTo(Tipo.NUMERO_SEM_WHATSAPP));
        evolution.verify(1, postRequestedFor(urlEqualTo("/message/sendText/cobranca01")));
    }

    @Test
    void circuitoAbreQuandoOGatewayContinuaFalhandoEPoupaOServidor() {
        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(503, "{}")));

        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(FalhaEvolution.class)
                .isNotInstanceOf(GatewayEvolution.CircuitoAberto.class);
        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(GatewayEvolution.CircuitoAberto.class);
        int chamadas = evolution.findAll(getRequestedFor(urlEqualTo("/instance/connectionState/cobranca01"))).size();
        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(GatewayEvolution.CircuitoAberto.class);

        assertThat(chamadas).isEqualTo(4);
        evolution.verify(4, getRequestedFor(urlEqualTo("/instance/connectionState/cobranca01")));
        assertThat(gateway.circuitoFechado(conexao)).isFalse();
    }

    @Test
    void circuitoAbertoDizQueNadaSaiu() {
        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(503, "{}")));
        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(FalhaEvolution.class);
        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(GatewayEvolution.CircuitoAberto.class);

        assertThatThrownBy(() -> gateway.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                .isInstanceOfSatisfying(GatewayEvolution.CircuitoAberto.class, f -> assertThat(f.semConexao()).isTrue());
        evolution.verify(0, postRequestedFor(urlEqualTo("/message/sendText/cobranca01")));
    }

    @Test
    void circuitoEhPorInstancia() {
        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(503, "{}")));
        evolution.stubFor(get("/instance/connectionState/outra").willReturn(json(200, RespostasEvolution.ABERTA)));
        ConexaoEvolution outra = new ConexaoEvolution(URI.create(evolution.baseUrl()), "outra", "token");

        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(FalhaEvolution.class);
        assertThatThrownBy(() -> gateway.estado(conexao)).isInstanceOf(GatewayEvolution.CircuitoAberto.class);

        assertThat(gateway.estado(outra).aberta()).isTrue();
        assertThat(gateway.circuitoFechado(outra)).isTrue();
    }

    @Test
    void falhasPermanentesNaoAbremOCircuito() {
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(400, RespostasEvolution.NUMERO_INEXISTENTE)));

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> gateway.enviarTexto(conexao, "5511987654321", "oi", Duration.ZERO))
                    .isNotInstanceOf(GatewayEvolution.CircuitoAberto.class);
        }
        assertThat(gateway.circuitoFechado(conexao)).isTrue();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String corpo) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(corpo);
    }
}
