package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.kernel.seguranca.Papel;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on a charge at the (fake) Asaas: a retry never opens a second charge. */
class CobrancaIdempotenteIT extends ProvedorIT {

    private static final LocalDate VENCIMENTO = LocalDate.now().plusDays(20);

    @Test
    void repeticaoEnquantoAsaasAindaRespondeEhRecusadaCom409EDepoisRecebeAPrimeiraResposta() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        String cobrancaId = asaasAceita("PIX", "80.00", VENCIMENTO);
        asaas.stubFor(WireMock.post("/v3/payments").willReturn(okJson(
                Provedores.cobrancaCriada(cobrancaId, "PIX", "80.00", VENCIMENTO)).withFixedDelay(3000)));
        String chave = UUID.randomUUID().toString();
        Map<String, Object> pedido = pix(clienteId);

        CompletableFuture<Resposta> primeira = CompletableFuture.supplyAsync(() -> emitir(empresa, chave, pedido));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asaas.verify(1, postRequestedFor(urlEqualTo("/v3/payments"))));
        Resposta durante = emitir(empresa, chave, pedido);
        Resposta original = primeira.join();
        Resposta depois = emitir(empresa, chave, pedido);

        assertProblema(durante, 409, "REQUISICAO_EM_ANDAMENTO");
        assertThat(durante.header("Retry-After")).isEqualTo("1");
        assertThat(original.status()).as(original.toString()).isEqualTo(201);
        assertThat(original.header("Idempotent-Replayed")).isNull();
        assertThat(depois.status()).isEqualTo(201);
        assertThat(depois.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(depois.header("Location")).isEqualTo(original.header("Location"));
        assertThat(depois.body()).isEqualTo(original.body());
        asaas.verify(1, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    @Test
    void falhaDoProvedorNaoFicaGuardadaEAMesmaChavePodeTentarDeNovo() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String clienteId = cadastrarCliente(empresa);
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/customers")).willReturn(aResponse().withStatus(503)));
        String chave = UUID.randomUUID().toString();

        Resposta falha = emitir(empresa, chave, pix(clienteId));
        assertProblema(falha, 502, "ASAAS_INDISPONIVEL");
        asaasAceita("PIX", "80.00", VENCIMENTO);
        Resposta nova = emitir(empresa, chave, pix(clienteId));
        Resposta repetida = emitir(empresa, chave, pix(clienteId));

        assertThat(nova.status()).as(nova.toString()).isEqualTo(201);
        assertThat(nova.header("Idempotent-Replayed")).isNull();
        assertThat(repetida.status()).isEqualTo(201);
        assertThat(repetida.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repetida.json().path("pagamentoId").asText()).isEqualTo(nova.json().path("pagamentoId").asText());
        asaas.verify(4, getRequestedFor(urlPathEqualTo("/v3/customers")));
        asaas.verify(1, postRequestedFor(urlEqualTo("/v3/payments")));
    }

    private Resposta emitir(TenantDeTeste empresa, String chave, Map<String, Object> corpo) {
        return send(request("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR))
                .header("Content-Type", "application/json").header("Idempotency-Key", chave)
                .POST(HttpRequest.BodyPublishers.ofString(json(corpo))));
    }

    private static Map<String, Object> pix(String clienteId) {
        return Map.of("clienteId", clienteId, "metodo", "PIX", "valor", "80.00", "vencimento", VENCIMENTO.toString());
    }
}
