package br.com.nexus.command.whatsapp.envio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.TestData;
import br.com.nexus.command.boleto.BoletosEmMemoria;
import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.whatsapp.BancoWhatsappDeTeste;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.RegrasDeRetentativa;
import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import br.com.nexus.command.whatsapp.RespostasEvolution;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.DadosDisparo;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.command.whatsapp.evolution.EvolutionClient;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One attempt against a fake Evolution API, from the connection check to the send. */
class EnviadorDeDisparoTest {

    private static final Instant AGORA = Instant.parse("2026-03-10T13:00:00Z");
    private static final String CONSULTA = "/chat/whatsappNumbers/cobranca01";
    private static final Duration ESPERA_PDF = Duration.ofMinutes(10);
    private static final String LOCAL = "documento_pdf:" + TestData.SHA256;
    private static final byte[] PDF = "%PDF-1.4 boleto".getBytes(StandardCharsets.US_ASCII);

    private final TenantId tenant = TenantId.novo();
    private final ClienteId cliente = ClienteId.novo();
    private final BoletoId boleto = BoletoId.novo();
    private final BoletosEmMemoria boletos = new BoletosEmMemoria();
    private WireMockServer evolution;
    private EnviadorDeDisparo enviador;

    @BeforeEach
    void iniciar() {
        evolution = new WireMockServer(options().dynamicPort());
        evolution.start();
        evolution.stubFor(get("/instance/connectionState/cobranca01").willReturn(json(200, RespostasEvolution.ABERTA)));
        ConfiguracaoEvolution configuracao = new ConfiguracaoEvolution(tenant, URI.create(evolution.baseUrl()),
                "cobranca01", null, "token", null, null, null, RegrasDeRitmo.PADRAO, RegrasDeRetentativa.PADRAO);
        ConfiguracoesEvolution configuracoes = new ConfiguracoesEvolution(null) {
            @Override
            public Optional<ConfiguracaoEvolution> doTenant(TenantId tenantId) {
                return Optional.of(configuracao).filter(c -> c.tenantId().equals(tenantId));
            }
        };
        WhatsappProperties propriedades = new WhatsappProperties(Duration.ofSeconds(2), Duration.ofSeconds(2), 2,
                Duration.ofMillis(10), 20, 20, 50, Duration.ofSeconds(30), Duration.ofSeconds(1), 4,
                Duration.ofMinutes(15), ESPERA_PDF);
        GatewayEvolution gateway = new GatewayEvolution(new EvolutionClient(EvolutionClient.http(Duration.ofSeconds(2)),
                new ObjectMapper(), Duration.ofSeconds(2)), propriedades);
        LeitorDeAnexo anexos = (t, anexo) -> Optional.of(new LeitorDeAnexo.Anexo("boleto.pdf", PDF))
                .filter(a -> LOCAL.equals(anexo));
        enviador = new EnviadorDeDisparo(configuracoes, new HistoricoDeAgregados(boletos.eventStore()), gateway,
                new Jids(BancoWhatsappDeTeste.jdbcTemplate()), anexos,
                new InstanciasWhatsapp(BancoWhatsappDeTeste.jdbcTemplate()), propriedades);
    }

    @AfterEach
    void parar() {
        evolution.stop();
    }

    @Test
    void conexaoQueCaiNaConsultaDoNumeroFicaParaOutraTentativa() {
        for (String corpo : List.of(RespostasEvolution.CONSULTA_CONEXAO_FECHADA,
                RespostasEvolution.CONSULTA_ERRO_SEM_MENSAGEM)) {
            evolution.stubFor(post(CONSULTA).willReturn(json(400, corpo)));

            Resultado resultado = enviador.enviar(reivindicacao(null), AGORA);

            assertThat(resultado).as(corpo).isInstanceOfSatisfying(Resultado.Falhou.class, falhou -> {
                assertThat(falhou.retentavel()).isTrue();
                assertThat(falhou.erro()).startsWith(MotivosDeFalha.GATEWAY_INDISPONIVEL + ":");
            });
        }
    }

    @Test
    void pdfDoBoletoGeradoAindaNaoAnexadoAdiaOEnvioAteOFimDaEspera() {
        registrarBoletoGerado();
        Instant solicitado = AGORA.minusSeconds(5);

        Resultado resultado = enviador.enviar(reivindicacao(PdfAguardado.ANEXO), AGORA);

        assertThat(resultado).isInstanceOfSatisfying(Resultado.Adiado.class,
                adiado -> assertThat(adiado.ate()).isEqualTo(solicitado.plus(ESPERA_PDF)));
        evolution.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void pdfAnexadoDuranteAEsperaVaiComoDocumento() {
        registrarBoletoGerado();
        boletos.armazenar(boleto, new BoletoPdfAnexado(boleto, tenant, TestData.SHA256, PDF.length, LOCAL));
        aceitarEnvios();

        Resultado resultado = enviador.enviar(reivindicacao(PdfAguardado.ANEXO), AGORA);

        assertThat(resultado).isInstanceOf(Resultado.Enviado.class);
        evolution.verify(postRequestedFor(urlEqualTo("/message/sendMedia/cobranca01"))
                .withRequestBody(matchingJsonPath("$.media", equalTo(Base64.getEncoder().encodeToString(PDF))))
                .withRequestBody(matchingJsonPath("$.caption", equalTo("Olá, segue seu boleto"))));
        evolution.verify(0, postRequestedFor(urlEqualTo("/message/sendText/cobranca01")));
    }

    @Test
    void esperaPeloPdfEsgotadaEnviaSoOTexto() {
        registrarBoletoGerado();
        aceitarEnvios();

        Resultado resultado = enviador.enviar(reivindicacao(PdfAguardado.ANEXO),
                AGORA.minusSeconds(5).plus(ESPERA_PDF));

        assertThat(resultado).isInstanceOf(Resultado.Enviado.class);
        evolution.verify(postRequestedFor(urlEqualTo("/message/sendText/cobranca01"))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Olá, segue seu boleto"))));
        evolution.verify(0, postRequestedFor(urlEqualTo("/message/sendMedia/cobranca01")));
    }

    private void registrarBoletoGerado() {
        boletos.armazenar(boleto, new BoletoRegistrado(boleto, tenant, cliente, OrigemBoleto.GERADO, null,
                TestData.LINHA, TestData.CODIGO, TestData.VALOR, TestData.VENCIMENTO, null, null, null));
    }

    private void aceitarEnvios() {
        evolution.stubFor(post(CONSULTA).willReturn(json(200, RespostasEvolution.TREZE_DIGITOS)));
        evolution.stubFor(post("/message/sendText/cobranca01").willReturn(json(201, RespostasEvolution.TEXTO_ENVIADO)));
        evolution.stubFor(post("/message/sendMedia/cobranca01")
                .willReturn(json(201, RespostasEvolution.DOCUMENTO_ENVIADO)));
    }

    private Reivindicacao reivindicacao(String anexo) {
        return new Reivindicacao(new DadosDisparo(DisparoId.novo(), tenant, boleto, cliente, "5511987654321",
                "Olá, segue seu boleto", anexo, AGORA.minusSeconds(5)), 1, false, Duration.ZERO);
    }

    private static ResponseDefinitionBuilder json(int status, String corpo) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(corpo);
    }
}
