package br.com.nexus.command.whatsapp.envio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.whatsapp.BancoWhatsappDeTeste;
import br.com.nexus.command.whatsapp.RespostasEvolution;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.EvolutionClient;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JidsTest {

    private static final String CONSULTA = "/chat/whatsappNumbers/cobranca01";
    private static final TelefoneWhatsapp TELEFONE = TelefoneWhatsapp.of("(11) 98765-4321");

    private WireMockServer evolution;
    private GatewayEvolution gateway;
    private ConexaoEvolution conexao;
    private final Jids jids = new Jids(BancoWhatsappDeTeste.jdbcTemplate());
    private final TenantId tenant = TenantId.novo();
    private final ClienteId cliente = ClienteId.novo();

    @BeforeEach
    void iniciar() {
        evolution = new WireMockServer(options().dynamicPort());
        evolution.start();
        gateway = new GatewayEvolution(new EvolutionClient(HttpClient.newHttpClient(), new ObjectMapper(),
                Duration.ofSeconds(2)), WhatsappProperties.padrao());
        conexao = new ConexaoEvolution(URI.create(evolution.baseUrl()), "cobranca01", "token");
    }

    @AfterEach
    void parar() {
        evolution.stop();
    }

    @Test
    void perguntaOsDoisFormatosUmaVezEGuardaOJidQueExiste() {
        evolution.stubFor(post(CONSULTA).willReturn(json(RespostasEvolution.SO_DOZE_DIGITOS)));

        assertThat(jids.resolver(gateway, conexao, tenant, cliente, TELEFONE)).contains("551187654321@s.whatsapp.net");
        assertThat(jids.resolver(gateway, conexao, tenant, cliente, TELEFONE)).contains("551187654321@s.whatsapp.net");

        evolution.verify(1, postRequestedFor(urlEqualTo(CONSULTA))
                .withRequestBody(equalToJson("{\"numbers\":[\"5511987654321\",\"551187654321\"]}")));
    }

    @Test
    void contaNovaUsaOJidDeTrezeDigitos() {
        evolution.stubFor(post(CONSULTA).willReturn(json(RespostasEvolution.TREZE_DIGITOS)));

        assertThat(jids.resolver(gateway, conexao, tenant, cliente, TELEFONE)).contains("5511987654321@s.whatsapp.net");
    }

    @Test
    void numeroSemWhatsappNaoFicaGuardado() {
        evolution.stubFor(post(CONSULTA).willReturn(json(RespostasEvolution.NENHUM)));

        assertThat(jids.resolver(gateway, conexao, tenant, cliente, TELEFONE)).isEmpty();
        assertThat(jids.resolver(gateway, conexao, tenant, cliente, TELEFONE)).isEmpty();

        evolution.verify(2, postRequestedFor(urlEqualTo(CONSULTA)));
    }

    @Test
    void trocaDeNumeroOuJidEsquecidoPerguntaDeNovo() {
        evolution.stubFor(post(CONSULTA).willReturn(json(RespostasEvolution.SO_DOZE_DIGITOS)));
        jids.resolver(gateway, conexao, tenant, cliente, TELEFONE);

        jids.resolver(gateway, conexao, tenant, cliente, TelefoneWhatsapp.of("(21) 99876-5432"));
        jids.esquecer(tenant, cliente);
        jids.resolver(gateway, conexao, tenant, cliente, TELEFONE);

        evolution.verify(3, postRequestedFor(urlEqualTo(CONSULTA)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String corpo) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(corpo);
    }
}
