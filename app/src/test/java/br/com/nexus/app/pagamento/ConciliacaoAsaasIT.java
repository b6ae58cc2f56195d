package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconciliation with Asaas: charges still pending with no news for hours are looked up in Asaas's
 * listing, and what the webhook never brought is applied through the same inbox, exactly once.
 */
class ConciliacaoAsaasIT extends ProvedorIT {

    private static final Duration ESPERA = Duration.ofSeconds(30);

    @Autowired
    private Scheduler scheduler;

    @BeforeEach
    void asaasSemOutrasCobrancasPagas() {
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/payments")).atPriority(10)
                .willReturn(okJson(Provedores.listaDeCobrancas(false, 0, 0, List.of()))));
    }

    @Test
    void pagamentoCujoWebhookNuncaChegouEhConfirmadoPelaConciliacao() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        Cobranca cobranca = semNoticiasHaSeteHoras(empresa, emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX",
                "99.90"));
        asaasLista("RECEIVED", 0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
                cobranca.pagamentoId()));
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado"));
        JsonNode evento = eventoRecebido(empresa, "conciliacao:PAYMENT_RECEIVED:" + cobranca.cobrancaId());
        await().atMost(ESPERA).untilAsserted(() -> assertThat(eventoRecebido(empresa,
                "conciliacao:PAYMENT_RECEIVED:" + cobranca.cobrancaId()).path("situacao").asText()).isEqualTo("APLICADO"));
        assertThat(evento.path("tipo").asText()).isEqualTo("PAYMENT_RECEIVED");
        JsonNode confirmado = historico(empresa, "pagamento", cobranca.pagamentoId()).get(1);
        assertThat(confirmado.path("payload").path("valorPago").asText()).isEqualTo("99.90");
        assertThat(confirmado.path("payload").path("dataPagamento").asText()).isEqualTo("2024-11-06");
        asaas.verify(getRequestedFor(urlPathEqualTo("/v3/payments")).withQueryParam("status", equalTo("RECEIVED"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("offset", equalTo("0"))
                .withQueryParam("dateCreated[ge]", WireMock.matching("\\d{4}-\\d{2}-\\d{2}"))
                .withHeader("access_token", equalTo(API_KEY)));
    }

    @Test
    void conciliacaoAntesDoWebhookAplicaUmaVezSo() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = semNoticiasHaSeteHoras(empresa, emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX",
                "99.90"));
        asaasLista("RECEIVED", 0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
                cobranca.pagamentoId()));
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");
        conciliarAgora();
        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado"));
        String webhook = "evt_" + UUID.randomUUID().toString().replace("-", "");

        Resposta resposta = webhookAsaas(token, Provedores.eventoAsaas(webhook, "PAYMENT_RECEIVED",
                cobranca.cobrancaId(), "99.90", cobranca.pagamentoId()));

        assertThat(resposta.status()).isEqualTo(200);
        assertThat(linhasComEventoId(webhook)).as("o mesmo estado já estava na caixa de entrada").isZero();
        assertThat(linhasDaCobranca(cobranca)).isEqualTo(1);
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
    }

    @Test
    void webhookAntesDaConciliacaoAplicaUmaVezSo() {
        TenantDeTeste empresa = novaEmpresa();
        Acesso acesso = configurarAsaasComChavePropria(empresa);
        String token = acesso.webhookToken();
        String cliente = cadastrarCliente(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cliente, "PIX", "99.90");
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");
        String webhook = "evt_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(webhookAsaas(token, Provedores.eventoAsaas(webhook, "PAYMENT_RECEIVED", cobranca.cobrancaId(),
                "99.90", cobranca.pagamentoId())).status()).isEqualTo(200);
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, webhook).path("situacao").asText()).isEqualTo("APLICADO"));
        // Hours later the tenant's run happens (another charge of it has had no news) and Asaas lists
        // the charge as received, the same state the webhook already applied.
        semNoticiasHaSeteHoras(empresa, cobranca);
        jdbc.update("UPDATE pagamento_evento_provedor SET recebido_em = recebido_em - interval '7 hours'"
                + " WHERE evento_id = ?", webhook);
        semNoticiasHaSeteHoras(empresa, emitirNoAsaas(empresa, cliente, "PIX", "10.00"));
        asaasLista("RECEIVED", 0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
                cobranca.pagamentoId()));

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> asaas.verify(listagem("RECEIVED_IN_CASH", acesso.apiKey())));
        assertThat(linhasComEventoId("conciliacao:PAYMENT_RECEIVED:" + cobranca.cobrancaId())).isZero();
        assertThat(linhasDaCobranca(cobranca)).isEqualTo(1);
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
    }

    @Test
    void asaasPedindoPausaInterrompeARodadaSemMarcarNadaEAProximaConclui() {
        TenantDeTeste empresa = novaEmpresa();
        String chave = configurarAsaasComChavePropria(empresa).apiKey();
        Cobranca cobranca = semNoticiasHaSeteHoras(empresa, emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX",
                "99.90"));
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/payments")).withQueryParam("status", equalTo("RECEIVED"))
                .willReturn(WireMock.aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"code\":\"too_many_requests\",\"description\":\"Limite excedido\"}]}")));

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> asaas.verify(1, listagem("RECEIVED", chave)));
        await().during(Duration.ofSeconds(2)).atMost(ESPERA).untilAsserted(() -> {
            assertThat(linhasDaCobranca(cobranca)).isZero();
            asaas.verify(0, listagem("CONFIRMED", chave));
            asaas.verify(1, listagem("RECEIVED", chave));
        });
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");

        asaasLista("RECEIVED", 0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
                cobranca.pagamentoId()));
        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado"));
    }

    @Test
    void paginasSaoSeguidasEnquantoHaMais() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        String cliente = cadastrarCliente(empresa);
        Cobranca primeira = semNoticiasHaSeteHoras(empresa, emitirNoAsaas(empresa, cliente, "PIX", "10.00"));
        Cobranca segunda = semNoticiasHaSeteHoras(empresa, emitirNoAsaas(empresa, cliente, "BOLETO", "20.00"));
        asaasLista("RECEIVED", 0, true,
                Provedores.cobrancaNoStatus("pay_de_outro_sistema", "RECEIVED", "5.00", null),
                Provedores.cobrancaNoStatus(primeira.cobrancaId(), "RECEIVED", "10.00", primeira.pagamentoId()));
        asaasLista("RECEIVED", 2, false,
                Provedores.cobrancaNoStatus(segunda.cobrancaId(), "RECEIVED", "20.00", segunda.pagamentoId()));
        asaasInforma(primeira.cobrancaId(), "RECEIVED", "10.00");
        asaasInforma(segunda.cobrancaId(), "RECEIVED", "20.00");

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> {
            assertThat(tipos(empresa, "pagamento", primeira.pagamentoId()))
                    .containsExactly("PagamentoCriado", "PagamentoConfirmado");
            assertThat(tipos(empresa, "pagamento", segunda.pagamentoId()))
                    .containsExactly("PagamentoCriado", "PagamentoConfirmado");
        });
        asaas.verify(0, getRequestedFor(urlPathEqualTo("/v3/payments/pay_de_outro_sistema")));
        assertThat(linhasComEventoId("conciliacao:PAYMENT_RECEIVED:pay_de_outro_sistema")).isZero();
    }

    @Test
    void cobrancaComNoticiaRecenteNaoFazConsultarOAsaas() {
        TenantDeTeste recente = novaEmpresa();
        String chaveDaRecente = configurarAsaasComChavePropria(recente).apiKey();
        emitirNoAsaas(recente, cadastrarCliente(recente), "PIX", "99.90");
        TenantDeTeste antiga = novaEmpresa();
        String chaveDaAntiga = configurarAsaasComChavePropria(antiga).apiKey();
        semNoticiasHaSeteHoras(antiga, emitirNoAsaas(antiga, cadastrarCliente(antiga), "PIX", "99.90"));

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> asaas.verify(listagem("RECEIVED_IN_CASH", chaveDaAntiga)));
        asaas.verify(0, getRequestedFor(urlPathEqualTo("/v3/payments"))
                .withHeader("access_token", equalTo(chaveDaRecente)));
    }

    /** Makes the charge look opened seven hours ago, once its Pagamento shows as pending. */
    private Cobranca semNoticiasHaSeteHoras(TenantDeTeste empresa, Cobranca cobranca) {
        await().atMost(ESPERA).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM consulta_pagamento WHERE tenant_id = ?::uuid AND pagamento_id = ?::uuid",
                Long.class, empresa.tenantId().toString(), cobranca.pagamentoId()) == 1);
        jdbc.update("UPDATE pagamento_provedor SET criado_em = criado_em - interval '7 hours' WHERE pagamento_id = ?::uuid",
                cobranca.pagamentoId());
        return cobranca;
    }

    private void asaasLista(String status, int offset, boolean temMais, String... cobrancas) {
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/payments")).atPriority(1)
                .withQueryParam("status", equalTo(status)).withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(okJson(Provedores.listaDeCobrancas(temMais, offset + cobrancas.length + (temMais ? 1 : 0),
                        offset, List.of(cobrancas)))));
    }

    /** The listings asked under this API key: the runs also visit the other tests' tenants. */
    private static RequestPatternBuilder listagem(String status, String apiKey) {
        return getRequestedFor(urlPathEqualTo("/v3/payments")).withQueryParam("status", equalTo(status))
                .withHeader("access_token", equalTo(apiKey));
    }

    private record Acesso(String apiKey, String webhookToken) {
    }

    private Acesso configurarAsaasComChavePropria(TenantDeTeste empresa) {
        Acesso acesso = new Acesso("$aact_" + UUID.randomUUID().toString().replace("-", ""), UUID.randomUUID().toString());
        Resposta resposta = put("/api/integracoes/asaas", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", asaas.baseUrl() + "/v3"),
                "segredos", Map.of("apiKey", acesso.apiKey(), "webhookToken", acesso.webhookToken())));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return acesso;
    }

    private long linhasDaCobranca(Cobranca cobranca) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM pagamento_evento_provedor WHERE referencia = ?",
                Long.class, cobranca.cobrancaId());
        return total == null ? 0 : total;
    }

    private void conciliarAgora() {
        scheduler.reschedule(TaskInstanceId.of("asaas-conciliacao", "recurring"), Instant.now());
    }
}
