package br.com.nexus.app.pagamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.kernel.seguranca.Papel;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's settings must not steer the server's requests: the Asaas and Efí URLs are held to the
 * providers' hosts (here, besides them, only the WireMock on "localhost" the test profile trusts),
 * and what a provider answers reaches the caller only as parsed error descriptions. The listener
 * on 127.0.0.1 stands for an internal service; it must never see a connection.
 */
class SaidaParaProvedoresIT extends ProvedorIT {

    private ServerSocket servicoInterno;

    @BeforeEach
    void abrirServicoInterno() throws Exception {
        servicoInterno = new ServerSocket(0);
        servicoInterno.setSoTimeout(300);
    }

    @AfterEach
    void fecharServicoInterno() throws Exception {
        servicoInterno.close();
    }

    private void servicoInternoNaoFoiChamado() {
        assertThatThrownBy(servicoInterno::accept).as("nenhuma conexão ao serviço interno")
                .isInstanceOf(SocketTimeoutException.class);
    }

    private Resposta configurarAsaasEm(TenantDeTeste empresa, String baseUrl) {
        return put("/api/integracoes/asaas", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", baseUrl),
                "segredos", Map.of("apiKey", API_KEY, "webhookToken", "token-do-webhook-0123456789")));
    }

    private Resposta emitir(TenantDeTeste empresa) {
        return post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), Map.of(
                "clienteId", cadastrarCliente(empresa), "metodo", "BOLETO", "valor", "150.50",
                "vencimento", LocalDate.now().plusDays(20).toString()));
    }

    @Test
    void urlDoAsaasForaDosHostsDoProvedorEhRecusadaAoSalvar() {
        TenantDeTeste empresa = novaEmpresa();
        int porta = servicoInterno.getLocalPort();

        for (String url : new String[] {"http://127.0.0.1:" + porta + "/internal/admin?leak=",
                "http://169.254.169.254/latest/meta-data/", "http://2130706433:" + porta + "/",
                "http://[::ffff:127.0.0.1]:" + porta + "/", "https://api.asaas.com.atacante.io/v3",
                "http://localhost@127.0.0.1:" + porta + "/v3"}) {
            Resposta resposta = configurarAsaasEm(empresa, url);

            assertProblema(resposta, 422, "URL_NAO_PERMITIDA");
            assertThat(resposta.body()).doesNotContain(API_KEY);
        }
        servicoInternoNaoFoiChamado();
        assertThat(get("/api/integracoes/asaas", empresa.token(Papel.ADMIN)).status()).isEqualTo(404);
    }

    @Test
    void urlDaEfiForaDosHostsDoProvedorEhRecusadaAoSalvar() {
        TenantDeTeste empresa = novaEmpresa();

        Resposta resposta = put("/api/integracoes/efi", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("chavePix", "2c3c7441-b91e-4982-3c25-6105581e18ae",
                        "baseUrl", "http://127.0.0.1:" + servicoInterno.getLocalPort()),
                "segredos", Map.of("webhookHmac", "hmac-0123456789abcdef")));

        assertProblema(resposta, 422, "URL_NAO_PERMITIDA");
        servicoInternoNaoFoiChamado();
    }

    /** Settings stored before the rule existed are checked again before every call. */
    @Test
    void urlGuardadaAntesDaRegraNaoEhChamada() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        jdbc.update("UPDATE integracao SET configuracao = ? WHERE tenant_id = ? AND tipo = 'asaas'",
                "{\"baseUrl\":\"http://127.0.0.1:" + servicoInterno.getLocalPort() + "/internal/admin?leak=\"}",
                empresa.tenantId().valor());

        Resposta resposta = emitir(empresa);

        assertProblema(resposta, 422, "URL_NAO_PERMITIDA");
        servicoInternoNaoFoiChamado();
    }

    @Test
    void corpoDeErroQueNaoEhDoAsaasNaoChegaAoUsuario() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        asaas.stubFor(WireMock.get(WireMock.urlPathEqualTo("/v3/customers")).willReturn(WireMock.aResponse()
                .withStatus(400).withBody("INTERNAL-ONLY: db_password=hunter2")));

        Resposta resposta = emitir(empresa);

        assertProblema(resposta, 422, "ASAAS_RECUSOU");
        assertThat(resposta.body()).doesNotContain("db_password").doesNotContain("INTERNAL-ONLY");
    }

    @Test
    void errosDoAsaasChegamSoComoDescricoes() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        asaas.stubFor(WireMock.get(WireMock.urlPathEqualTo("/v3/customers")).willReturn(WireMock.aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"code":"invalid_cpfCnpj","description":"O CPF informado é inválido"}],
                         "debug":"INTERNAL-ONLY: db_password=hunter2"}""")));

        Resposta resposta = emitir(empresa);

        assertProblema(resposta, 422, "ASAAS_RECUSOU");
        assertThat(resposta.json().path("detail").asText()).contains("O CPF informado é inválido");
        assertThat(resposta.body()).doesNotContain("db_password");
    }

    @Test
    void portaFechadaRespondeFalhaGenericaSemNomeDeExcecao() throws Exception {
        TenantDeTeste empresa = novaEmpresa();
        int fechada;
        try (ServerSocket temporario = new ServerSocket(0)) {
            fechada = temporario.getLocalPort();
        }
        assertThat(configurarAsaasEm(empresa, "http://localhost:" + fechada + "/v3").status()).isEqualTo(200);

        Resposta resposta = emitir(empresa);

        assertProblema(resposta, 502, "ASAAS_INDISPONIVEL");
        assertThat(resposta.json().path("detail").asText()).isEqualTo(
                "Não foi possível falar com o Asaas agora; tente novamente em instantes");
        assertThat(resposta.body()).doesNotContain("Exception").doesNotContain(String.valueOf(fechada));
    }
}
