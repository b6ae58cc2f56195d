package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsaasCobrancaIT extends ProvedorIT {

    private static final LocalDate VENCIMENTO = LocalDate.now().plusDays(20);

    private String cobranca(String metodo, String valor) {
        return asaasAceita(metodo, valor, VENCIMENTO);
    }

    private Resposta emitir(TenantDeTeste empresa, Map<String, Object> corpo) {
        return post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), corpo);
    }

    @Test
    void boletoEmitidoNoAsaasViraBoletoEPagamentoEsperadoComAReferenciaDoAsaas() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        String cobrancaId = cobranca("BOLETO", "150.50");

        Resposta resposta = emitir(empresa, Map.of("clienteId", clienteId, "metodo", "BOLETO", "valor", "150.50",
                "vencimento", VENCIMENTO.toString(), "descricao", "Parcela 3"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        JsonNode corpo = resposta.json();
        String pagamentoId = corpo.path("pagamentoId").asText();
        String boletoId = corpo.path("boletoId").asText();
        assertThat(resposta.header("Location")).endsWith("/api/pagamentos/" + pagamentoId);
        assertThat(corpo.path("referenciaExterna").asText()).isEqualTo(cobrancaId);
        assertThat(corpo.path("valor").asText()).isEqualTo("150.50");
        assertThat(corpo.path("linhaDigitavel").asText())
                .isEqualTo(Provedores.codigoBarras(Dinheiro.parse("150.50"), VENCIMENTO).linhaDigitavel().numero());
        assertThat(corpo.path("urlBoleto").asText()).startsWith("https://");

        asaas.verify(getRequestedFor(urlEqualTo("/v3/customers?cpfCnpj=11144477735"))
                .withHeader("access_token", equalTo(API_KEY)).withHeader("User-Agent", equalTo("NexusCobranca/1.0")));
        asaas.verify(postRequestedFor(urlEqualTo("/v3/customers"))
                .withRequestBody(equalToJson("""
                        {"name":"Joana Pereira","cpfCnpj":"11144477735","externalReference":"%s"}""".formatted(clienteId))));
        asaas.verify(postRequestedFor(urlEqualTo("/v3/payments")).withHeader("access_token", equalTo(API_KEY))
                .withRequestBody(equalToJson("""
                        {"customer":"cus_000006326297","billingType":"BOLETO","value":150.50,"dueDate":"%s",
                         "description":"Parcela 3","externalReference":"%s"}""".formatted(VENCIMENTO, pagamentoId))));

        List<JsonNode> pagamento = historico(empresa, "pagamento", pagamentoId);
        assertThat(pagamento).extracting(e -> e.path("tipo").asText()).containsExactly("PagamentoCriado");
        JsonNode criado = pagamento.get(0).path("payload");
        assertThat(criado.path("provedor").asText()).isEqualTo("ASAAS");
        assertThat(criado.path("referenciaExterna").asText()).isEqualTo(cobrancaId);
        assertThat(criado.path("boletoId").asText()).isEqualTo(boletoId);
        assertThat(criado.path("metodo").asText()).isEqualTo("BOLETO");
        List<JsonNode> boleto = historico(empresa, "boleto", boletoId);
        assertThat(boleto.get(0).path("tipo").asText()).isEqualTo("BoletoRegistrado");
        assertThat(boleto.get(0).path("payload").path("origem").asText()).isEqualTo("PROVEDOR");
        assertThat(boleto.get(0).path("payload").path("valor").asText()).isEqualTo("150.50");
        assertThat(boleto.get(0).path("payload").path("vencimento").asText()).isEqualTo(VENCIMENTO.toString());
    }

    @Test
    void segundaCobrancaDoMesmoClienteReusaOClienteDoAsaas() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        cobranca("PIX", "80.00");
        assertThat(emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "80.00",
                "vencimento", VENCIMENTO.toString())).status()).isEqualTo(201);
        cobranca("PIX", "80.00");

        Resposta segunda = emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "80.00",
                "vencimento", VENCIMENTO.toString()));

        assertThat(segunda.status()).as(segunda.toString()).isEqualTo(201);
        asaas.verify(1, getRequestedFor(urlPathEqualTo("/v3/customers")));
        asaas.verify(1, postRequestedFor(urlEqualTo("/v3/customers")));
        asaas.verify(2, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void pixNoAsaasTemFaturaESemLinhaDigitavelNemBoleto() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        cobranca("PIX", "80.00");

        Resposta resposta = emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "80.00",
                "vencimento", VENCIMENTO.toString()));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        assertThat(resposta.json().path("urlFatura").asText()).startsWith("https://");
        assertThat(resposta.json().has("boletoId")).isFalse();
        assertThat(resposta.json().has("linhaDigitavel")).isFalse();
        asaas.verify(0, getRequestedFor(urlPathMatching("/v3/payments/.*/identificationField")));
    }

    @Test
    void cobrancaDeUmBoletoNossoUsaValorEVencimentoDoBoleto() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        LocalDate vencimento = LocalDate.now().plusDays(30);
        Resposta boleto = post("/api/boletos", empresa.token(Papel.OPERADOR), Map.of("clienteId", clienteId,
                "codigoBarras", Provedores.codigoBarras(Dinheiro.parse("321.09"), vencimento).numero(),
                "valor", "321.09", "vencimento", vencimento.toString()));
        assertThat(boleto.status()).as(boleto.toString()).isEqualTo(201);
        String boletoId = boleto.json().path("id").asText();
        cobranca("PIX", "321.09");

        Resposta resposta = emitir(empresa, Map.of("boletoId", boletoId, "metodo", "PIX"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        assertThat(resposta.json().path("boletoId").asText()).isEqualTo(boletoId);
        assertThat(resposta.json().path("clienteId").asText()).isEqualTo(clienteId);
        asaas.verify(postRequestedFor(urlEqualTo("/v3/payments")).withRequestBody(equalToJson("""
                {"customer":"cus_000006326297","billingType":"PIX","value":321.09,"dueDate":"%s",
                 "externalReference":"%s"}""".formatted(vencimento, resposta.json().path("pagamentoId").asText()))));
    }

    @Test
    void chaveRecusadaPeloAsaasResponde502SemCriarPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/customers")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(Provedores.ERRO_401)));

        Resposta resposta = emitir(empresa, Map.of("clienteId", clienteId, "metodo", "BOLETO", "valor", "150.50",
                "vencimento", VENCIMENTO.toString()));

        assertProblema(resposta, 502, "ASAAS_CREDENCIAL_RECUSADA");
        assertThat(resposta.body()).doesNotContain(API_KEY);
        assertThat(cobrancasDoTenant(empresa)).isZero();
    }

    @Test
    void pedidoRecusadoPeloAsaasResponde422ComOMotivoDoAsaas() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        cobranca("BOLETO", "150.50");
        asaas.stubFor(WireMock.post("/v3/payments").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(Provedores.ERRO_400)));

        Resposta resposta = emitir(empresa, Map.of("clienteId", clienteId, "metodo", "BOLETO", "valor", "150.50",
                "vencimento", VENCIMENTO.toString()));

        assertProblema(resposta, 422, "ASAAS_RECUSOU");
        assertThat(resposta.json().path("detail").asText()).contains("The due date cannot be earlier than today");
        assertThat(cobrancasDoTenant(empresa)).isZero();
    }

    @Test
    void asaasForaDoArResponde502DepoisDasTentativas() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/customers")).willReturn(aResponse().withStatus(503)));

        Resposta resposta = emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "10.00",
                "vencimento", VENCIMENTO.toString()));

        assertProblema(resposta, 502, "ASAAS_INDISPONIVEL");
        asaas.verify(3, getRequestedFor(urlPathEqualTo("/v3/customers")));
    }

    @Test
    void semAsaasConfiguradoResponde422() {
        TenantDeTeste empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa);

        assertProblema(emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "10.00",
                "vencimento", VENCIMENTO.toString())), 422, "INTEGRACAO_NAO_CONFIGURADA");
    }

    @Test
    void clienteDeOutraEmpresaRespondeNaoEncontrado() {
        TenantDeTeste empresa = novaEmpresa();
        String clienteAlheio = cadastrarCliente(novaEmpresa());
        configurarAsaas(empresa);

        assertProblema(emitir(empresa, Map.of("clienteId", clienteAlheio, "metodo", "PIX", "valor", "10.00",
                "vencimento", VENCIMENTO.toString())), 404, "CLIENTE_NAO_ENCONTRADO");
        asaas.verify(0, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void pedidosMalFormadosRespondem400SemChamarOAsaas() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);

        assertProblema(emitir(empresa, Map.of("clienteId", clienteId, "valor", "10.00")), 400, "REQUISICAO_INVALIDA");
        assertProblema(emitir(empresa, Map.of("clienteId", clienteId, "metodo", "CHEQUE")), 400, "REQUISICAO_INVALIDA");
        assertProblema(emitir(empresa, Map.of("clienteId", "123", "metodo", "PIX", "valor", "10.00")), 400,
                "ID_INVALIDO");
        assertProblema(emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "dez reais")), 400,
                "VALOR_INVALIDO");
        assertProblema(emitir(empresa, Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "10.00")), 400,
                "VENCIMENTO_OBRIGATORIO");
        assertProblema(emitir(empresa, Map.of("clienteId", clienteId, "metodo", "CARTAO", "valor", "10.00",
                "vencimento", VENCIMENTO.toString())), 400, "METODO_NAO_SUPORTADO");
        assertThat(asaas.getAllServeEvents()).isEmpty();
    }

    @Test
    void auditorNaoEmiteCobranca() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);

        Resposta resposta = post("/api/pagamentos/cobrancas", empresa.token(Papel.AUDITOR), Map.of("clienteId",
                clienteId, "metodo", "PIX", "valor", "10.00", "vencimento", VENCIMENTO.toString()));

        assertThat(resposta.status()).isEqualTo(403);
        assertThat(asaas.getAllServeEvents()).isEmpty();
    }

    private long cobrancasDoTenant(TenantDeTeste empresa) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM pagamento_provedor WHERE tenant_id = ?", Long.class,
                empresa.tenantId().valor());
        return total == null ? 0 : total;
    }
}
