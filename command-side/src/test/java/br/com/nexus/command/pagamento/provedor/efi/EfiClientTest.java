package br.com.nexus.command.pagamento.provedor.efi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Efí's PIX API stood in for by WireMock, speaking its OAuth and {@code GET /v2/pix/{e2eId}}. */
class EfiClientTest {

    private static final String E2E = "E1803615022211340s08793XPJ";
    private static final String PIX = """
            {"endToEndId":"E1803615022211340s08793XPJ","txid":"fc9a43k6ff384ryP5f41719","valor":"0.01",
             "horario":"2020-12-21T13:40:34.000Z","infoPagador":"pagando o pix"}""";
    private static final String TOKEN = """
            {"access_token":"eyJ0b2tlbi1lZmki","token_type":"Bearer","expires_in":3600,"scope":"pix.read"}""";

    @RegisterExtension
    static WireMockExtension efi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension efiComMtls = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .dynamicHttpsPort().needClientAuth(true).trustStorePath(caminhoDoCertificado())
            .trustStorePassword("senha-teste").trustStoreType("PKCS12")).build();

    private final EfiClient client = new EfiClient(Duration.ofSeconds(2));

    private static String caminhoDoCertificado() {
        try {
            return Path.of(EfiClientTest.class.getResource("/efi/certificado-teste.p12").toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stubs(WireMockExtension servidor) {
        servidor.stubFor(post("/oauth/token").withBasicAuth("Client_Id_teste", "Client_Secret_teste")
                .withRequestBody(equalToJson("{\"grant_type\":\"client_credentials\"}")).willReturn(okJson(TOKEN)));
        servidor.stubFor(get("/v2/pix/" + E2E).withHeader("Authorization", equalTo("Bearer eyJ0b2tlbi1lZmki"))
                .willReturn(okJson(PIX)));
    }

    @Test
    void leOPixComOTokenDasCredenciais() {
        stubs(efi);

        assertThat(client.pix(new EfiClient.Acesso(efi.baseUrl(), "Client_Id_teste", "Client_Secret_teste", null), E2E))
                .hasValueSatisfying(pix -> assertThat(pix.path("txid").asText()).isEqualTo("fc9a43k6ff384ryP5f41719"));
    }

    @Test
    void pixDesconhecidoDaVazio() {
        stubs(efi);
        efi.stubFor(get("/v2/pix/E0000").willReturn(aResponse().withStatus(404).withHeader("Content-Type",
                "application/json").withBody("{\"nome\":\"pix_nao_encontrado\",\"mensagem\":\"Pix não encontrado\"}")));

        assertThat(client.pix(new EfiClient.Acesso(efi.baseUrl(), "Client_Id_teste", "Client_Secret_teste", null),
                "E0000")).isEmpty();
    }

    @Test
    void credenciaisRecusadasNaoConsultamOPix() {
        efi.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"segredo: hunter2\"}")));

        assertThatThrownBy(() -> client.pix(new EfiClient.Acesso(efi.baseUrl(), "x", "y", null), E2E))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> {
                    assertThat(e.code()).isEqualTo("EFI_CREDENCIAL_RECUSADA");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
        efi.verify(0, getRequestedFor(urlEqualTo("/v2/pix/" + E2E)));
    }

    @Test
    void efiForaDoArViraFalhaGenerica() throws Exception {
        int fechada;
        try (ServerSocket temporario = new ServerSocket(0)) {
            fechada = temporario.getLocalPort();
        }

        assertThatThrownBy(() -> client.pix(new EfiClient.Acesso("http://localhost:" + fechada, "x", "y", null), E2E))
                .isInstanceOfSatisfying(FalhaNoProvedor.class, e -> {
                    assertThat(e.code()).isEqualTo("EFI_INDISPONIVEL");
                    assertThat(e.getMessage()).isEqualTo(
                            "Não foi possível falar com a Efí agora; tente novamente em instantes");
                });
    }

    /** Efí's API demands the client certificate on every call: without it the handshake fails. */
    @Test
    void apresentaOCertificadoDoClienteQuandoHa() throws Exception {
        stubs(efiComMtls);
        String https = "https://localhost:" + efiComMtls.getRuntimeInfo().getHttpsPort();

        assertThat(client.pix(new EfiClient.Acesso(https, "Client_Id_teste", "Client_Secret_teste",
                contexto(true)), E2E)).isPresent();
        assertThatThrownBy(() -> client.pix(new EfiClient.Acesso(https, "Client_Id_teste", "Client_Secret_teste",
                contexto(false)), E2E)).isInstanceOfSatisfying(FalhaNoProvedor.class,
                        e -> assertThat(e.code()).isEqualTo("EFI_INDISPONIVEL"));
    }

    @Test
    void certificadoEmBase64EhLidoOuRecusado() throws Exception {
        byte[] p12;
        try (InputStream entrada = getClass().getResourceAsStream("/efi/certificado-teste.p12")) {
            p12 = entrada.readAllBytes();
        }
        String base64 = Base64.getMimeEncoder().encodeToString(p12);

        assertThat(CertificadoDoCliente.contexto(base64, "senha-teste")).isNotNull();
        assertThatThrownBy(() -> CertificadoDoCliente.contexto(base64, "errada"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificadoDoCliente.contexto("bm90IGEgcDEy", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A context that trusts WireMock's self-signed server certificate (test only) and, when asked,
     * presents the test client certificate.
     */
    private static SSLContext contexto(boolean comCertificado) throws Exception {
        // An extended trust manager does its own host name check; this one does none.
        TrustManager[] confiaEmTudo = {new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] cadeia, String tipo) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] cadeia, String tipo) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] cadeia, String tipo, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] cadeia, String tipo, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] cadeia, String tipo, SSLEngine motor) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] cadeia, String tipo, SSLEngine motor) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        SSLContext contexto = SSLContext.getInstance("TLS");
        if (!comCertificado) {
            contexto.init(null, confiaEmTudo, null);
            return contexto;
        }
        KeyStore chaves = KeyStore.getInstance("PKCS12");
        try (InputStream entrada = EfiClientTest.class.getResourceAsStream("/efi/certificado-teste.p12")) {
            chaves.load(entrada, "senha-teste".toCharArray());
        }
        KeyManagerFactory gerentes = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        gerentes.init(chaves, "senha-teste".toCharArray());
        contexto.init(gerentes.getKeyManagers(), confiaEmTudo, null);
        return contexto;
    }
}
