package br.com.nexus.command.pagamento.provedor.asaas;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;

class AsaasClientTest {

    private static final String API_KEY = "$aact_YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5MzdjNWZmNDQ6OjAwMDAwMDAwMDAwMDAwMDAwMDA6OiRhYWNoXzAwMDA=";
    private static final String PAGAMENTO = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @RegisterExtension
    static WireMockExtension asaas = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AsaasClient client;
    private AsaasClient.Acesso acesso;

    @BeforeEach
    void configurar() {
        client = new AsaasClient(HttpClient.newHttpClient(), Duration.ofMillis(500), 3, Duration.ofMillis(10),
                CircuitBreakerConfig.custom().slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofMinutes(1))
                        .recordException(AsaasClient.Transitoria.class::isInstance).build());
        acesso = new AsaasClient.Acesso(asaas.baseUrl() + "/v3", API_KEY, "tenant-" + System.nanoTime());
    }

    private AsaasClient.NovaCobranca boleto() {
        return new AsaasClient.NovaCobranca("cus_000006326297", "BOLETO", Dinheiro.parse("150.50"),
                LocalDate.of(2026, 3, 10), "Parcela 3", PAGAMENTO);
    }

    @Test
    void reusaClienteQueOAsaasJaTemComOMesmoCpf() {
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(okJson(RespostasAsaas.LISTA_COM_CLIENTE)));

        String id = client.clienteDe(acesso, "Maria da Silva", "11144477735", "c-1");

        assertThat(id).isEqualTo("cus_000005219613");
        asaas.verify(getRequestedFor(urlEqualTo("/v3/customers?cpfCnpj=11144477735"))
                .withHeader("access_token", equalTo(API_KEY))
                .withHeader("User-Agent", equalTo(AsaasClient.USER_AGENT)));
        asaas.verify(0, postRequestedFor(urlPathEqualTo("/v3/customers")));
    }

    @Test
    void criaClienteComNomeECpfQuandoOAsaasNaoTem() {
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(okJson(RespostasAsaas.LISTA_VAZIA)));
        asaas.stubFor(post("/v3/customers").willReturn(okJson(RespostasAsaas.CLIENTE_CRIADO)));

        String id = client.clienteDe(acesso, "Maria da Silva", "11144477735", "c-1");

        assertThat(id).isEqualTo("cus_000006326297");
        asaas.verify(postRequestedFor(urlEqualTo("/v3/customers"))
                .withHeader("access_token", equalTo(API_KEY))
                .withHeader("User-Agent", equalTo(AsaasClient.USER_AGENT))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name":"Maria da Silva","cpfCnpj":"11144477735","externalReference":"c-1"}""")));
    }

    @Test
    void criaCobrancaComValorEmReaisComoNumeroJsonEReferenciaExterna() {
        asaas.stubFor(post("/v3/payments").willReturn(okJson(RespostasAsaas.cobrancaCriada("pay_080225913252", "BOLETO",
                PAGAMENTO))));

        AsaasClient.CobrancaAsaas cobranca = client.criarCobranca(acesso, boleto());

        assertThat(cobranca.id()).isEqualTo("pay_080225913252");
        assertThat(cobranca.bankSlipUrl()).isEqualTo("https://sandbox.asaas.com/b/pdf/n6ic32hq5hr1xcr1");
        asaas.verify(postRequestedFor(urlEqualTo("/v3/payments"))
                .withHeader("access_token", equalTo(API_KEY))
                .withRequestBody(equalToJson("""
                        {"customer":"cus_000006326297","billingType":"BOLETO","value":150.50,"dueDate":"2026-03-10",
                         "externalReference":"%s","description":"Parcela 3"}""".formatted(PAGAMENTO))));
        String corpo = asaas.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(corpo).contains("\"value\":150.50");
    }

    @Test
    void buscaLinhaDigitavelComGetSemCorpo() {
        asaas.stubFor(get("/v3/payments/pay_080225913252/identificationField")
                .willReturn(okJson(RespostasAsaas.LINHA_DIGITAVEL)));

        AsaasClient.LinhaDigitavelAsaas linha = client.linhaDigitavel(acesso, "pay_080225913252");

        assertThat(linha.identificationField()).isEqualTo("00190000090275928800021932978170187890000005000");
        assertThat(linha.nossoNumero()).isEqualTo("6543");
        assertThat(LinhaDigitavel.of(linha.identificationField()).codigoBarras())
                .isEqualTo(CodigoBarras.of(linha.barCode()));
        // JDK 17's client declares "Content-Length: 0" on a GET; what Asaas refuses is a GET with a body.
        asaas.verify(getRequestedFor(urlEqualTo("/v3/payments/pay_080225913252/identificationField"))
                .withHeader("access_token", equalTo(API_KEY))
                .withHeader("Content-Type", absent()));
        assertThat(asaas.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    }

    @Test
    void recusaDoAsaasComErrosViraRegraVioladaComAsDescricoes() {
        asaas.stubFor(post("/v3/payments").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(RespostasAsaas.ERRO_400)));

        assertThatThrownBy(() -> client.criarCobranca(acesso, boleto()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.REGRA_VIOLADA);
                    assertThat(e.code()).isEqualTo("ASAAS_RECUSOU");
                    assertThat(e.getMessage()).contains("The value field must be informed")
                            .contains("The due date cannot be earlier than today");
                });
        asaas.verify(1, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void chaveRecusadaViraFalhaDoProvedorSemNovaTentativa() {
        asaas.stubFor(post("/v3/payments").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(RespostasAsaas.ERRO_401)));

        assertThatThrownBy(() -> client.criarCobranca(acesso, boleto()))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
                    assertThat(e.code()).isEqualTo("ASAAS_CREDENCIAL_RECUSADA");
                    assertThat(e.getMessage()).doesNotContain(API_KEY);
                });
        asaas.verify(1, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void erroPassageiroEhRepetidoEACobrancaJaCriadaEhAproveitada() {
        // The first POST "fails" after Asaas created the charge: the retry must find it, not create another.
        asaas.stubFor(post("/v3/payments").willReturn(aResponse().withStatus(502)));
        asaas.stubFor(get(urlPathEqualTo("/v3/payments")).withQueryParam("externalReference", equalTo(PAGAMENTO))
                .willReturn(okJson(RespostasAsaas.listaDeCobrancas(RespostasAsaas.cobrancaCriada("pay_criada_antes",
                        "BOLETO", PAGAMENTO)))));

        AsaasClient.CobrancaAsaas cobranca = client.criarCobranca(acesso, boleto());

        assertThat(cobranca.id()).isEqualTo("pay_criada_antes");
        asaas.verify(1, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void erroPassageiroSemCobrancaCriadaTentaDeNovo() {
        asaas.stubFor(post("/v3/payments").inScenario("instavel").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("voltou"));
        asaas.stubFor(post("/v3/payments").inScenario("instavel").whenScenarioStateIs("voltou")
                .willReturn(okJson(RespostasAsaas.cobrancaCriada("pay_segunda", "PIX", PAGAMENTO))));
        asaas.stubFor(get(urlPathEqualTo("/v3/payments")).willReturn(okJson(RespostasAsaas.LISTA_VAZIA)));

        assertThat(client.criarCobranca(acesso, boleto()).id()).isEqualTo("pay_segunda");
        asaas.verify(2, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void asaasForaDoArDepoisDasTentativasViraIndisponivel() {
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.clienteDe(acesso, "Maria", "11144477735", "c-1"))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
                    assertThat(e.code()).isEqualTo("ASAAS_INDISPONIVEL");
                });
        asaas.verify(3, getRequestedFor(urlPathEqualTo("/v3/customers")));
    }

    @Test
    void demoraAlemDoTempoLimiteEhTratadaComoFalhaPassageira() {
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(okJson(RespostasAsaas.LISTA_COM_CLIENTE)
                .withFixedDelay(1500)));

        assertThatThrownBy(() -> client.clienteDe(acesso, "Maria", "11144477735", "c-1"))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> assertThat(e.code()).isEqualTo("ASAAS_INDISPONIVEL"));
    }

    @Test
    void circuitoAbreQuandoOAsaasSegueFalhandoEPoupaNovasChamadas() {
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.clienteDe(acesso, "Maria", "11144477735", "c-1"))
                .isInstanceOf(FalhaNoProvedor.class);
        assertThatThrownBy(() -> client.clienteDe(acesso, "Maria", "11144477735", "c-1"))
                .isInstanceOf(FalhaNoProvedor.class);
        int chamadasAteAbrir = asaas.getAllServeEvents().size();

        assertThatThrownBy(() -> client.clienteDe(acesso, "Maria", "11144477735", "c-1"))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.code()).isEqualTo("ASAAS_INDISPONIVEL");
                });
        assertThat(asaas.getAllServeEvents()).hasSize(chamadasAteAbrir);
    }

    @Test
    void circuitoDeUmTenantNaoAfetaOutro() {
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.clienteDe(acesso, "Maria", "11144477735", "c-1"))
                    .isInstanceOf(FalhaNoProvedor.class);
        }
        asaas.stubFor(get(urlPathEqualTo("/v3/customers")).willReturn(okJson(RespostasAsaas.LISTA_COM_CLIENTE)));
        AsaasClient.Acesso outro = new AsaasClient.Acesso(acesso.baseUrl(), API_KEY, "outro-" + System.nanoTime());

        assertThat(client.clienteDe(outro, "Maria", "11144477735", "c-1")).isEqualTo("cus_000005219613");
    }

    @Test
    void acessoNaoExpoeAChaveDeApi() {
        assertThat(acesso.toString()).doesNotContain(API_KEY);
    }

    @Test
    void corpoDeErroForaDoFormatoDoAsaasNaoEhRepassado() {
        asaas.stubFor(post("/v3/payments").willReturn(aResponse().withStatus(400)
                .withBody("INTERNAL-ONLY: db_password=hunter2")));

        assertThatThrownBy(() -> client.criarCobranca(acesso, boleto()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ASAAS_RECUSOU");
                    assertThat(e.getMessage()).isEqualTo("O Asaas recusou o pedido: sem detalhes");
                });
    }

    @Test
    void consultaACobrancaOuDizQueOAsaasNaoAConhece() {
        asaas.stubFor(get("/v3/payments/pay_080225913252").willReturn(okJson(
                RespostasAsaas.cobrancaCriada("pay_080225913252", "BOLETO", PAGAMENTO))));
        asaas.stubFor(get("/v3/payments/pay_inexistente").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"invalid_action\",\"description\":\"Cobrança inexistente.\"}]}")));

        assertThat(client.consultarCobranca(acesso, "pay_080225913252"))
                .hasValueSatisfying(c -> assertThat(c.path("status").asText()).isEqualTo("PENDING"));
        assertThat(client.consultarCobranca(acesso, "pay_inexistente")).isEmpty();
        asaas.verify(getRequestedFor(urlEqualTo("/v3/payments/pay_080225913252"))
                .withHeader("access_token", equalTo(API_KEY)));
    }

    @Test
    void asaasInalcancavelViraFalhaSemNomeDeExcecao() throws Exception {
        int fechada;
        try (ServerSocket temporario = new ServerSocket(0)) {
            fechada = temporario.getLocalPort();
        }
        AsaasClient.Acesso fora = new AsaasClient.Acesso("http://localhost:" + fechada + "/v3", API_KEY,
                "fora-" + System.nanoTime());

        assertThatThrownBy(() -> client.consultarCobranca(fora, "pay_1"))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> {
                    assertThat(e.code()).isEqualTo("ASAAS_INDISPONIVEL");
                    assertThat(e.getMessage()).isEqualTo(
                            "Não foi possível falar com o Asaas agora; tente novamente em instantes");
                });
    }

    @Test
    void listaCobrancasComFiltrosPaginaDeCemEDizSeHaMais() {
        asaas.stubFor(get(urlPathEqualTo("/v3/payments")).willReturn(okJson("""
                {"object":"list","hasMore":true,"totalCount":101,"limit":100,"offset":0,"data":[
                 {"object":"payment","id":"pay_080225913252","status":"RECEIVED","value":150.50,"netValue":148.51,
                  "externalReference":"%s","paymentDate":"2026-03-09","dueDate":"2026-03-10","billingType":"PIX"}]}"""
                .formatted(PAGAMENTO))));

        AsaasClient.PaginaDeCobrancas pagina = client.listarCobrancas(acesso,
                java.util.Map.of("status", "RECEIVED"), 0);

        assertThat(pagina.temMais()).isTrue();
        assertThat(pagina.cobrancas()).extracting(c -> c.path("id").asText()).containsExactly("pay_080225913252");
        asaas.verify(getRequestedFor(urlEqualTo("/v3/payments?status=RECEIVED&limit=100&offset=0"))
                .withHeader("access_token", equalTo(API_KEY)));
    }

    @Test
    void listagemRecusadaPorExcessoNaoEhRepetidaETrazORetryAfter() {
        asaas.stubFor(get(urlPathEqualTo("/v3/payments")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")));

        assertThatThrownBy(() -> client.listarCobrancas(acesso, java.util.Map.of("status", "RECEIVED"), 100))
                .isInstanceOfSatisfying(AsaasClient.AsaasPediuEspera.class, e -> {
                    assertThat(e.espera()).contains(Duration.ofSeconds(120));
                    assertThat(e.code()).isEqualTo("ASAAS_LIMITE_DE_REQUISICOES");
                });
        asaas.verify(1, getRequestedFor(urlPathEqualTo("/v3/payments")));
    }
}
