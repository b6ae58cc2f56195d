package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor;
import br.com.nexus.command.pagamento.provedor.EventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.ProcessadorDeEventosDoProvedor;
import br.com.nexus.command.pagamento.provedor.asaas.AsaasClient;
import br.com.nexus.command.pagamento.provedor.asaas.AsaasIntegracao;
import br.com.nexus.command.pagamento.provedor.asaas.ConciliacaoAsaas;
import br.com.nexus.command.pagamento.provedor.asaas.ConciliacaoAsaasProperties;
import br.com.nexus.command.pagamento.provedor.asaas.RitmoDaConciliacaoAsaas;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    @Autowired
    private Scheduler scheduler;
    @Autowired
    private ConciliacaoAsaas conciliacao;
    @Autowired
    private IntegracaoRepository integracoes;
    @Autowired
    private AsaasIntegracao tipoAsaas;
    @Autowired
    private CobrancasNoProvedor cobrancas;
    @Autowired
    private EventosDoProvedor eventos;
    @Autowired
    private ProcessadorDeEventosDoProvedor processador;
    @Autowired
    private ConciliacaoAsaasProperties propriedades;

    @BeforeEach
    void asaasSemOutrasCobrancasPagas() {
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/payments")).atPriority(10)
                .willReturn(okJson(Provedores.listaDeCobrancas(false, 0, 0, List.of()))));
    }

    @Test
    void pagamentoCujoWebhookNuncaChegouEhConfirmadoPelaConciliacao() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "PIX", "99.90");
        asaasMostra(cobranca, "RECEIVED", "99.90");

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
        String ontem = LocalDate.now(BRASILIA).minusDays(1).toString();
        asaas.verify(getRequestedFor(urlPathEqualTo("/v3/payments")).withQueryParam("status", absent())
                .withQueryParam("limit", equalTo("100")).withQueryParam("offset", equalTo("0"))
                .withQueryParam("dueDate[ge]", equalTo(ontem)).withQueryParam("dueDate[le]", equalTo(ontem))
                .withHeader("access_token", equalTo(API_KEY)));
    }

    @Test
    void conciliacaoAntesDoWebhookAplicaUmaVezSo() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "PIX", "99.90");
        asaasMostra(cobranca, "RECEIVED", "99.90");
        conciliarAgora();
        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado"));
        String webhook = novoEventoId();

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
        String webhook = novoEventoId();
        assertThat(webhookAsaas(token, Provedores.eventoAsaas(webhook, "PAYMENT_RECEIVED", cobranca.cobrancaId(),
                "99.90", cobranca.pagamentoId())).status()).isEqualTo(200);
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, webhook).path("situacao").asText()).isEqualTo("APLICADO"));
        // Hours later the tenant's run happens (another charge of it has had no news) and Asaas lists
        // the charge as received, the same state the webhook already applied.
        vencidaSemNoticias(empresa, cobranca);
        jdbc.update("UPDATE pagamento_evento_provedor SET recebido_em = recebido_em - interval '7 hours'"
                + " WHERE evento_id = ?", webhook);
        vencidaSemNoticias(empresa, emitirNoAsaas(empresa, cliente, "PIX", "10.00"));
        asaasLista(0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
                cobranca.pagamentoId()));

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> asaas.verify(listagem(acesso.apiKey())));
        await().during(Duration.ofSeconds(1)).atMost(ESPERA).untilAsserted(() -> {
            assertThat(linhasComEventoId("conciliacao:PAYMENT_RECEIVED:" + cobranca.cobrancaId())).isZero();
            assertThat(linhasDaCobranca(cobranca)).isEqualTo(1);
        });
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
    }

    @Test
    void asaasPedindoPausaInterrompeARodadaSemMarcarNadaEAProximaConclui() {
        TenantDeTeste empresa = novaEmpresa();
        String chave = configurarAsaasComChavePropria(empresa).apiKey();
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "PIX", "99.90");
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");
        asaasLimita(chave, "1");

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> asaas.verify(1, listagem(chave)));
        await().during(Duration.ofSeconds(2)).atMost(ESPERA).untilAsserted(() -> {
            assertThat(linhasDaCobranca(cobranca)).isZero();
            asaas.verify(1, listagem(chave));
        });
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");

        asaasLista(0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
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
        Cobranca primeira = vencidaSemNoticias(empresa, emitirNoAsaas(empresa, cliente, "PIX", "10.00"));
        Cobranca segunda = vencidaSemNoticias(empresa, emitirNoAsaas(empresa, cliente, "BOLETO", "20.00"));
        asaasLista(0, true,
                Provedores.cobrancaNoStatus("pay_de_outro_sistema", "RECEIVED", "5.00", null),
                Provedores.cobrancaNoStatus(primeira.cobrancaId(), "RECEIVED", "10.00", primeira.pagamentoId()));
        asaasLista(2, false,
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
    void cobrancasAVencerOuComNoticiaRecenteNaoFazemConsultarOAsaas() {
        TenantDeTeste recente = novaEmpresa();
        Acesso acessoDaRecente = configurarAsaasComChavePropria(recente);
        String cliente = cadastrarCliente(recente);
        Cobranca aVencer = emitirNoAsaas(recente, cliente, "PIX", "99.90");
        jdbc.update("UPDATE pagamento_provedor SET criado_em = criado_em - interval '7 hours' WHERE pagamento_id = ?::uuid",
                aVencer.pagamentoId());
        Cobranca vencidaComNoticia = vencidaSemNoticias(recente, emitirNoAsaas(recente, cliente, "BOLETO", "50.00"));
        String vencimento = novoEventoId();
        assertThat(webhookAsaas(acessoDaRecente.webhookToken(), Provedores.eventoAsaas(vencimento, "PAYMENT_OVERDUE",
                vencidaComNoticia.cobrancaId(), "50.00", vencidaComNoticia.pagamentoId())).status()).isEqualTo(200);
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(recente, vencimento).path("situacao").asText()).isEqualTo("APLICADO"));
        TenantDeTeste antiga = novaEmpresa();
        String chaveDaAntiga = configurarAsaasComChavePropria(antiga).apiKey();
        vencidaSemNoticias(antiga, emitirNoAsaas(antiga, cadastrarCliente(antiga), "PIX", "99.90"));

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> asaas.verify(listagem(chaveDaAntiga)));
        asaas.verify(0, listagem(acessoDaRecente.apiKey()));
        asaas.verify(0, getRequestedFor(urlPathEqualTo("/v3/payments/" + aVencer.cobrancaId())));
        asaas.verify(0, getRequestedFor(urlPathEqualTo("/v3/payments/" + vencidaComNoticia.cobrancaId())));
    }

    @Test
    void estornoQueSoAConciliacaoViuReabreOBoletoEOWebhookAtrasadoNaoEstornaDeNovo() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        pagaPorWebhook(empresa, token, cobranca, "150.50");
        vencidaSemNoticias(empresa, cobranca);
        asaasMostra(cobranca, "REFUNDED", "150.50");

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto"));
        String daConciliacao = "conciliacao:PAYMENT_REFUNDED:" + cobranca.cobrancaId();
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, daConciliacao).path("situacao").asText()).isEqualTo("APLICADO"));
        assertThat(linhasComEventoId("conciliacao:PAYMENT_RECEIVED:" + cobranca.cobrancaId()))
                .as("o recebimento já tinha vindo pelo webhook").isZero();
        await().atMost(ESPERA).untilAsserted(() -> assertThat(get("/api/boletos/" + cobranca.boletoId(),
                empresa.token(Papel.OPERADOR)).json().path("boleto").path("situacao").asText()).isEqualTo("PENDENTE"));
        String atrasado = novoEventoId();

        Resposta resposta = webhookAsaas(token, Provedores.eventoAsaas(atrasado, "PAYMENT_REFUNDED",
                cobranca.cobrancaId(), "150.50", null));

        assertThat(resposta.status()).isEqualTo(200);
        assertThat(linhasComEventoId(atrasado)).as("o mesmo estorno já estava na caixa de entrada").isZero();
        await().during(Duration.ofSeconds(1)).atMost(ESPERA).untilAsserted(() -> {
            assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                    .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
            assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                    .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto");
        });
    }

    @Test
    void pagamentoEEstornoQueNenhumWebhookTrouxeSaoAplicadosNaOrdem() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "BOLETO", "80.00");
        asaasMostra(cobranca, "CHARGEBACK_REQUESTED", "80.00");

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto"));
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
        assertThat(historico(empresa, "boleto", cobranca.boletoId()).get(2).path("payload").path("motivo").asText())
                .isEqualTo("Chargeback solicitado no Asaas");
    }

    @Test
    void estornoParcialVistoPelaConciliacaoEstornaSoAParte() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "100.00");
        pagaPorWebhook(empresa, token, cobranca, "100.00");
        vencidaSemNoticias(empresa, cobranca);
        String comEstorno = Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "100.00",
                cobranca.pagamentoId()).replace("\"refunds\":null", """
                "refunds":[{"dateCreated":"2024-11-08 10:28:40","status":"DONE","value":30.00,\
                "description":"Devolução parcial","transactionReceiptUrl":"https://www.asaas.com/comprovantes/6677732109104548"}]""");
        assertThat(comEstorno).contains("\"value\":30.00");
        asaas.stubFor(WireMock.get("/v3/payments/" + cobranca.cobrancaId()).willReturn(okJson(comEstorno)));
        asaasLista(0, false, comEstorno);

        conciliarAgora();

        String daConciliacao = "conciliacao:PAYMENT_PARTIALLY_REFUNDED:" + cobranca.cobrancaId() + ":1";
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, daConciliacao).path("situacao").asText()).isEqualTo("APLICADO"));
        List<JsonNode> historico = historico(empresa, "pagamento", cobranca.pagamentoId());
        assertThat(historico).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
        assertThat(historico.get(2).path("payload").path("valor").asText()).isEqualTo("30.00");
    }

    @Test
    void vencimentoQueOWebhookNaoTrouxeMarcaOBoletoVencido() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "BOLETO", "45.00");
        asaasLista(0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "PENDING", "45.00",
                cobranca.pagamentoId()).replace("\"status\":\"PENDING\"", "\"status\":\"OVERDUE\""));

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                .containsExactly("BoletoRegistrado", "BoletoVencido"));
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");
    }

    @Test
    void cobrancaRemovidaNoAsaasSomeDaListagemEEhConsultadaSozinhaParaCancelarOBoleto() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "BOLETO", "40.00");
        Provedores.asaasInformaRemovida(asaas, cobranca.cobrancaId(), "40.00");

        conciliarAgora();

        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                .containsExactly("BoletoRegistrado", "BoletoCancelado"));
        assertThat(eventoRecebido(empresa, "conciliacao:PAYMENT_DELETED:" + cobranca.cobrancaId()).path("situacao")
                .asText()).isEqualTo("APLICADO");
    }

    @Test
    void pausaPedidaPeloAsaasSobreviveAoReinicio() {
        TenantDeTeste empresa = novaEmpresa();
        String chave = configurarAsaasComChavePropria(empresa).apiKey();
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "PIX", "99.90");
        asaasLimita(chave, "3600");

        assertThat(conciliacao.conciliar(empresa.tenantId()).desfecho()).isEqualTo(ConciliacaoAsaas.Desfecho.PAUSADA);
        asaas.verify(1, listagem(chave));
        Instant pausadoAte = jdbc.queryForObject("SELECT pausado_ate FROM asaas_conciliacao_tenant WHERE tenant_id = ?",
                java.sql.Timestamp.class, empresa.tenantId().valor()).toInstant();
        assertThat(pausadoAte).isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));
        asaasLista(0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "RECEIVED", "99.90",
                cobranca.pagamentoId()));
        ConciliacaoAsaas depoisDoReinicio = new ConciliacaoAsaas(integracoes, tipoAsaas,
                new AsaasClient(Duration.ofSeconds(5), 3, Duration.ofMillis(100)), cobrancas, eventos, processador,
                new RitmoDaConciliacaoAsaas(jdbc), Clock.systemUTC(), propriedades);

        assertThat(depoisDoReinicio.conciliar(empresa.tenantId()).desfecho())
                .isEqualTo(ConciliacaoAsaas.Desfecho.PAUSADA);
        asaas.verify(1, listagem(chave));
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");
    }

    @Test
    void cadaEmpresaConsultaOAsaasNoMaximoAlgumasVezesPorDia() {
        TenantDeTeste empresa = novaEmpresa();
        String chave = configurarAsaasComChavePropria(empresa).apiKey();
        Cobranca cobranca = cobrancaVencidaSemNoticias(empresa, "PIX", "10.00");
        asaasLista(0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), "PENDING", "10.00",
                cobranca.pagamentoId()));

        List<ConciliacaoAsaas.Desfecho> desfechos = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> conciliacao.conciliar(empresa.tenantId()).desfecho()).toList();

        assertThat(desfechos.get(4)).isEqualTo(ConciliacaoAsaas.Desfecho.LIMITE_DIARIO);
        asaas.verify(4, listagem(chave));
    }

    private void pagaPorWebhook(TenantDeTeste empresa, String token, Cobranca cobranca, String valor) {
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", valor);
        String recebimento = novoEventoId();
        assertThat(webhookAsaas(token, Provedores.eventoAsaas(recebimento, "PAYMENT_RECEIVED", cobranca.cobrancaId(),
                valor, null)).status()).isEqualTo(200);
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, recebimento).path("situacao").asText()).isEqualTo("APLICADO"));
    }

    private static String novoEventoId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A new charge of a new cliente, {@link #vencidaSemNoticias}. */
    private Cobranca cobrancaVencidaSemNoticias(TenantDeTeste empresa, String metodo, String valor) {
        return vencidaSemNoticias(empresa, emitirNoAsaas(empresa, cadastrarCliente(empresa), metodo, valor));
    }

    /**
     * Makes the charge look opened seven hours ago and due yesterday, once its Pagamento shows as
     * pending, and its news (webhooks) seven hours old.
     */
    private Cobranca vencidaSemNoticias(TenantDeTeste empresa, Cobranca cobranca) {
        await().atMost(ESPERA).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM consulta_pagamento WHERE tenant_id = ?::uuid AND pagamento_id = ?::uuid",
                Long.class, empresa.tenantId().toString(), cobranca.pagamentoId()) == 1);
        jdbc.update("UPDATE pagamento_provedor SET criado_em = criado_em - interval '7 hours', vencimento = ?"
                + " WHERE pagamento_id = ?::uuid", LocalDate.now(BRASILIA).minusDays(1), cobranca.pagamentoId());
        jdbc.update("UPDATE pagamento_evento_provedor SET recebido_em = recebido_em - interval '7 hours'"
                + " WHERE referencia = ?", cobranca.cobrancaId());
        return cobranca;
    }

    /** Asaas showing the charge in {@code status}, both when asked for it alone and in its listing. */
    private void asaasMostra(Cobranca cobranca, String status, String valor) {
        asaasInforma(cobranca.cobrancaId(), status, valor);
        asaasLista(0, false, Provedores.cobrancaNoStatus(cobranca.cobrancaId(), status, valor, cobranca.pagamentoId()));
    }

    /** A page of Asaas's listing by due date, whatever the statuses of the charges on it. */
    /** Asaas refusing this key's listings with a 429 (and a Retry-After in seconds, when given). */
    private void asaasLimita(String apiKey, String retryAfter) {
        ResponseDefinitionBuilder resposta = WireMock.aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"too_many_requests\",\"description\":\"Limite excedido\"}]}");
        if (retryAfter != null) {
            resposta.withHeader("Retry-After", retryAfter);
        }
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/payments")).withHeader("access_token", equalTo(apiKey))
                .willReturn(resposta));
    }

    private void asaasLista(int offset, boolean temMais, String... cobrancas) {
        asaas.stubFor(WireMock.get(urlPathEqualTo("/v3/payments")).atPriority(1)
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(okJson(Provedores.listaDeCobrancas(temMais, offset + cobrancas.length + (temMais ? 1 : 0),
                        offset, List.of(cobrancas)))));
    }

    /** The listings asked under this API key: the runs also visit the other tests' tenants. */
    private static RequestPatternBuilder listagem(String apiKey) {
        return getRequestedFor(urlPathEqualTo("/v3/payments")).withHeader("access_token", equalTo(apiKey));
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
