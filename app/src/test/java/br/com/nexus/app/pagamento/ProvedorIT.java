package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the payment-provider tests share: a fresh tenant per test, Asaas stood in for by WireMock
 * on a random port (reached through the tenant's own integration settings, so the shared Spring
 * context stays untouched), and the provider webhooks called as the providers call them.
 */
abstract class ProvedorIT extends IntegrationTest {

    @RegisterExtension
    static WireMockExtension asaas = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    protected static final String EFI_CLIENT_ID = "Client_Id_4e4327e045ceb277ed5f62db8c46c399c309e0bf";
    protected static final String EFI_CLIENT_SECRET = "Client_Secret_bb6d9a5d7b7a1f1f0d0e8d1b2c3a4f5e6d7c8b9a";
    protected static final String API_KEY = "$aact_YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5MzdjNWZmNDQ6OjAwMDAwMDAwMDAw";

    @Autowired
    protected JdbcTemplate jdbc;

    protected TenantDeTeste novaEmpresa() {
        return Autenticacao.novoTenant(url(""));
    }

    protected String cadastrarCliente(TenantDeTeste empresa) {
        Map<String, Object> cliente = new LinkedHashMap<>();
        cliente.put("cpf", "111.444.777-35");
        cliente.put("nome", "Joana Pereira");
        cliente.put("whatsapp", "(11) 98765-4321");
        Resposta resposta = post("/api/clientes", empresa.token(Papel.OPERADOR), cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    /** Points the tenant's Asaas at WireMock; returns the webhook token Asaas would present. */
    protected String configurarAsaas(TenantDeTeste empresa) {
        String webhookToken = UUID.randomUUID().toString();
        Resposta resposta = put("/api/integracoes/asaas", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", asaas.baseUrl() + "/v3"),
                "segredos", Map.of("apiKey", API_KEY, "webhookToken", webhookToken)));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return webhookToken;
    }

    /**
     * Points the tenant's Efí at the same WireMock (its paths differ from Asaas's), with client
     * credentials; returns the hmac Efí would present in the registered URL.
     */
    protected String configurarEfi(TenantDeTeste empresa) {
        String hmac = "hmac-" + UUID.randomUUID();
        asaas.stubFor(WireMock.post("/oauth/token").withBasicAuth(EFI_CLIENT_ID, EFI_CLIENT_SECRET)
                .withRequestBody(WireMock.equalToJson("{\"grant_type\":\"client_credentials\"}"))
                .willReturn(WireMock.okJson(Provedores.EFI_TOKEN)));
        Resposta resposta = put("/api/integracoes/efi", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("chavePix", "2c3c7441-b91e-4982-3c25-6105581e18ae", "baseUrl", asaas.baseUrl()),
                "segredos", Map.of("webhookHmac", hmac, "clientId", EFI_CLIENT_ID, "clientSecret", EFI_CLIENT_SECRET)));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return hmac;
    }

    /** A charge opened through the API at the (fake) Asaas. */
    protected record Cobranca(String pagamentoId, String boletoId, String cobrancaId) {
    }

    /** Makes the fake Asaas accept the next charge; returns the charge's pay_ id. */
    protected String asaasAceita(String metodo, String valor, LocalDate vencimento) {
        return Provedores.asaasAceita(asaas, metodo, valor, vencimento);
    }

    protected Cobranca emitirNoAsaas(TenantDeTeste empresa, String clienteId, String metodo, String valor) {
        LocalDate vencimento = LocalDate.now().plusDays(20);
        String cobrancaId = asaasAceita(metodo, valor, vencimento);
        Resposta resposta = post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), Map.of(
                "clienteId", clienteId, "metodo", metodo, "valor", valor, "vencimento", vencimento.toString()));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return new Cobranca(resposta.json().path("pagamentoId").asText(),
                resposta.json().path("boletoId").asText(null), cobrancaId);
    }

    /** What the fake Asaas answers when asked for the charge (GET /v3/payments/{id}). */
    protected void asaasInforma(String cobrancaId, String status, String valor) {
        Provedores.asaasInforma(asaas, cobrancaId, status, valor);
    }

    /** What the fake Efí answers when asked for a PIX (GET /v2/pix/{e2eId}). */
    protected void efiInforma(String endToEndId, String txid, String valor, String devolucoes) {
        asaas.stubFor(WireMock.get("/v2/pix/" + endToEndId).withHeader("Authorization",
                        WireMock.equalTo("Bearer eyJhbGciOiJIUzI1NiJ9.efi-teste"))
                .willReturn(WireMock.okJson(Provedores.efiPixConsultado(endToEndId, txid, valor, devolucoes))));
    }

    protected Resposta webhookAsaas(String token, String corpo) {
        HttpRequest.Builder pedido = request("/api/webhooks/asaas", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corpo));
        if (token != null) {
            pedido.header("asaas-access-token", token);
        }
        return send(pedido);
    }

    protected Resposta webhookEfi(String caminho, String hmac, String corpo) {
        String consulta = hmac == null ? "" : "?hmac=" + URLEncoder.encode(hmac, StandardCharsets.UTF_8) + "&ignorar=";
        return send(request(caminho + consulta, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corpo)));
    }

    /** The provider events of the tenant as the API shows them, newest first. */
    protected List<JsonNode> eventosRecebidos(TenantDeTeste empresa, String filtro) {
        Resposta resposta = get("/api/pagamentos/provedores/eventos" + filtro, empresa.token(Papel.SUPERVISOR));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        List<JsonNode> itens = new ArrayList<>();
        resposta.json().path("items").forEach(itens::add);
        return itens;
    }

    protected JsonNode eventoRecebido(TenantDeTeste empresa, String eventoId) {
        return eventosRecebidos(empresa, "?size=50").stream()
                .filter(e -> e.path("eventoId").asText().equals(eventoId)).findFirst()
                .orElseThrow(() -> new AssertionError("evento " + eventoId + " não registrado"));
    }

    protected long linhasComEventoId(String eventoId) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM pagamento_evento_provedor WHERE evento_id = ?",
                Long.class, eventoId);
        return total == null ? 0 : total;
    }

    /** An aggregate's history through the audit endpoint. */
    protected List<JsonNode> historico(TenantDeTeste empresa, String tipo, String id) {
        Resposta resposta = get("/api/auditoria/" + tipo + "/" + id + "/eventos", empresa.token(Papel.ADMIN));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        List<JsonNode> eventos = new ArrayList<>();
        resposta.json().forEach(eventos::add);
        return eventos;
    }

    protected List<String> tipos(TenantDeTeste empresa, String tipo, String id) {
        return historico(empresa, tipo, id).stream().map(e -> e.path("tipo").asText()).toList();
    }

    protected static void assertProblema(Resposta resposta, int status, String code) {
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).as(resposta.toString()).isEqualTo(code);
        assertThat(resposta.json().path("status").asInt()).isEqualTo(status);
        assertThat(resposta.json().has("type")).isTrue();
        assertThat(resposta.json().has("title")).isTrue();
        assertThat(resposta.json().has("instance")).isTrue();
    }
}
