package br.com.nexus.app.pagamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class AsaasWebhookIT extends ProvedorIT {

    private static final Duration ESPERA = Duration.ofSeconds(20);

    private static String eventoId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "") + "&" + System.nanoTime() % 10_000_000;
    }

    private void aguardarSituacao(TenantDeTeste empresa, String eventoId, String situacao) {
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, eventoId).path("situacao").asText()).isEqualTo(situacao));
    }

    @Test
    void chamadaSemOTokenOuComTokenErradoRecebe401ENadaEhGuardado() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        String id = eventoId();
        String corpo = Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", "pay_1", "42.23", null);

        Resposta semToken = webhookAsaas(null, corpo);
        Resposta tokenErrado = webhookAsaas(token + "x", corpo);
        Resposta tokenVazio = webhookAsaas("", corpo);

        for (Resposta resposta : List.of(semToken, tokenErrado, tokenVazio)) {
            assertProblema(resposta, 401, "WEBHOOK_NAO_AUTENTICADO");
        }
        assertThat(linhasComEventoId(id)).isZero();
        assertThat(eventosRecebidos(empresa, "")).isEmpty();
    }

    @Test
    void enderecoQueErraOSegredoVinteVezesRecebe429EOsOutrosSeguem() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        String atacante = "10.201." + ThreadLocalRandom.current().nextInt(256) + "." + (1 + ThreadLocalRandom.current()
                .nextInt(254));
        String id = eventoId();
        String corpo = Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", "pay_1", "42.23", null);

        for (int i = 0; i < 20; i++) {
            assertProblema(webhookAsaasDe(atacante, "chute-" + i + "-0123456789abcdef", corpo), 401,
                    "WEBHOOK_NAO_AUTENTICADO");
        }
        Resposta bloqueado = webhookAsaasDe(atacante, token, corpo);

        assertProblema(bloqueado, 429, "MUITAS_TENTATIVAS");
        assertThat(Long.parseLong(bloqueado.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(linhasComEventoId(id)).isZero();
        assertThat(webhookAsaasDe("10.202.0.1", token, corpo).status()).as("o provedor, de outro endereço, segue")
                .isEqualTo(200);
    }

    private Resposta webhookAsaasDe(String endereco, String token, String corpo) {
        return send(request("/api/webhooks/asaas", null)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", endereco)
                .header("asaas-access-token", token)
                .POST(HttpRequest.BodyPublishers.ofString(corpo)));
    }

    @Test
    void tokenDeUmaEmpresaNaoServeParaOutra() {
        TenantDeTeste empresa = novaEmpresa();
        TenantDeTeste outra = novaEmpresa();
        configurarAsaas(empresa);
        String tokenDaOutra = configurarAsaas(outra);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        String id = eventoId();

        Resposta resposta = webhookAsaas(tokenDaOutra, Provedores.eventoAsaas(id, "PAYMENT_RECEIVED",
                cobranca.cobrancaId(), "150.50", cobranca.pagamentoId()));

        assertThat(resposta.status()).isEqualTo(200);
        aguardarSituacao(outra, id, "SEM_PAGAMENTO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");
        assertThat(eventosRecebidos(empresa, "")).isEmpty();
    }

    @Test
    void pagamentoRecebidoEntregueVariasVezesConfirmaUmaVezEBaixaOBoleto() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        String id = eventoId();
        String corpo = Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", cobranca.cobrancaId(), "150.50", null);
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "150.50");

        long inicio = System.nanoTime();
        Resposta primeira = webhookAsaas(token, corpo);
        Duration demora = Duration.ofNanos(System.nanoTime() - inicio);

        assertThat(primeira.status()).isEqualTo(200);
        assertThat(primeira.body()).isEmpty();
        assertThat(demora).isLessThan(Duration.ofSeconds(5));
        assertThat(linhasComEventoId(id)).as("gravado antes do 200").isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            assertThat(webhookAsaas(token, corpo).status()).isEqualTo(200);
        }
        aguardarSituacao(empresa, id, "APLICADO");
        assertThat(linhasComEventoId(id)).isEqualTo(1);
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(tipos(empresa, "boleto", cobranca.boletoId())).contains("BoletoPago"));
        List<JsonNode> pagamento = historico(empresa, "pagamento", cobranca.pagamentoId());
        assertThat(pagamento).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
        JsonNode confirmado = pagamento.get(1).path("payload");
        assertThat(confirmado.path("valorPago").asText()).isEqualTo("150.50");
        assertThat(confirmado.path("dataPagamento").asText()).isEqualTo("2024-11-06");
        assertThat(confirmado.path("providerEventId").asText()).isEqualTo(id);
        assertThat(pagamento.get(1).path("metadata").path("tenantId").asText()).isEqualTo(empresa.tenantId().toString());
    }

    @Test
    void confirmadoDepoisRecebidoEhUmaConfirmacaoSo() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX", "99.90");
        String confirmado = eventoId();
        String recebido = eventoId();
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");

        assertThat(webhookAsaas(token, Provedores.eventoAsaas(confirmado, "PAYMENT_CONFIRMED", cobranca.cobrancaId(),
                "99.90", cobranca.pagamentoId())).status()).isEqualTo(200);
        assertThat(webhookAsaas(token, Provedores.eventoAsaas(recebido, "PAYMENT_RECEIVED", cobranca.cobrancaId(),
                "99.90", cobranca.pagamentoId())).status()).isEqualTo(200);

        aguardarSituacao(empresa, recebido, "APLICADO");
        assertThat(eventoRecebido(empresa, confirmado).path("situacao").asText()).isEqualTo("APLICADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
    }

    @Test
    void estornoDepoisDaConfirmacaoEstornaOPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX", "99.90");
        String estorno = eventoId();
        asaasInforma(cobranca.cobrancaId(), "REFUNDED", "99.90");

        webhookAsaas(token, Provedores.eventoAsaas(eventoId(), "PAYMENT_CONFIRMED", cobranca.cobrancaId(), "99.90", null));
        webhookAsaas(token, Provedores.eventoAsaas(estorno, "PAYMENT_REFUNDED", cobranca.cobrancaId(), "99.90", null));
        webhookAsaas(token, Provedores.eventoAsaas(estorno, "PAYMENT_REFUNDED", cobranca.cobrancaId(), "99.90", null));

        aguardarSituacao(empresa, estorno, "APLICADO");
        List<JsonNode> pagamento = historico(empresa, "pagamento", cobranca.pagamentoId());
        assertThat(pagamento).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
        assertThat(pagamento.get(2).path("payload").path("valor").asText()).isEqualTo("99.90");
    }

    @Test
    void estornoNoAsaasReabreOBoletoQueEstavaPago() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "150.50");
        webhookAsaas(token, Provedores.eventoAsaas(eventoId(), "PAYMENT_RECEIVED", cobranca.cobrancaId(), "150.50", null));
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(tipos(empresa, "boleto", cobranca.boletoId())).contains("BoletoPago"));
        String estorno = eventoId();
        asaasInforma(cobranca.cobrancaId(), "REFUNDED", "150.50");

        webhookAsaas(token, Provedores.eventoAsaas(estorno, "PAYMENT_REFUNDED", cobranca.cobrancaId(), "150.50", null));

        aguardarSituacao(empresa, estorno, "APLICADO");
        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto"));
        JsonNode reaberto = historico(empresa, "boleto", cobranca.boletoId()).get(2).path("payload");
        assertThat(reaberto.path("motivo").asText()).isEqualTo("Cobrança estornada no Asaas");
        assertThat(reaberto.path("pagamentoId").asText()).isEqualTo(cobranca.pagamentoId());
        await().atMost(ESPERA).untilAsserted(() -> assertThat(get("/api/boletos/" + cobranca.boletoId(),
                empresa.token(Papel.OPERADOR)).json().path("boleto").path("situacao").asText()).isEqualTo("PENDENTE"));
    }

    @Test
    void chargebackReabreOBoletoUmaVezMesmoComADisputaDepois() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "80.00");
        asaasInforma(cobranca.cobrancaId(), "CONFIRMED", "80.00");
        webhookAsaas(token, Provedores.eventoAsaas(eventoId(), "PAYMENT_CONFIRMED", cobranca.cobrancaId(), "80.00", null));
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(tipos(empresa, "boleto", cobranca.boletoId())).contains("BoletoPago"));
        asaasInforma(cobranca.cobrancaId(), "CHARGEBACK_DISPUTE", "80.00");
        String pedido = eventoId();
        String disputa = eventoId();

        webhookAsaas(token, Provedores.eventoAsaas(pedido, "PAYMENT_CHARGEBACK_REQUESTED", cobranca.cobrancaId(), "80.00",
                null));
        webhookAsaas(token, Provedores.eventoAsaas(disputa, "PAYMENT_CHARGEBACK_DISPUTE", cobranca.cobrancaId(), "80.00",
                null));

        aguardarSituacao(empresa, disputa, "APLICADO");
        assertThat(eventoRecebido(empresa, pedido).path("situacao").asText()).isEqualTo("APLICADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(empresa, "boleto", cobranca.boletoId()))
                .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto"));
        assertThat(historico(empresa, "boleto", cobranca.boletoId()).get(2).path("payload").path("motivo").asText())
                .isEqualTo("Chargeback solicitado no Asaas");
    }

    @Test
    void cobrancaRemovidaAntesDoPagamentoCancelaOBoleto() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "45.00");
        String removida = eventoId();
        Provedores.asaasInformaRemovida(asaas, cobranca.cobrancaId(), "45.00");

        webhookAsaas(token, Provedores.eventoAsaas(removida, "PAYMENT_DELETED", cobranca.cobrancaId(), "45.00", null));

        aguardarSituacao(empresa, removida, "APLICADO");
        List<JsonNode> boleto = historico(empresa, "boleto", cobranca.boletoId());
        assertThat(boleto).extracting(e -> e.path("tipo").asText()).containsExactly("BoletoRegistrado", "BoletoCancelado");
        assertThat(boleto.get(1).path("payload").path("motivo").asText()).isEqualTo("Cobrança removida no Asaas");
    }

    @Test
    void remocaoForjadaDeCobrancaAtivaNaoCancelaOBoleto() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "45.00");
        asaasInforma(cobranca.cobrancaId(), "PENDING", "45.00");
        String forjada = eventoId();

        webhookAsaas(token, Provedores.eventoAsaas(forjada, "PAYMENT_DELETED", cobranca.cobrancaId(), "45.00", null));

        aguardarSituacao(empresa, forjada, "RECUSADO");
        assertThat(tipos(empresa, "boleto", cobranca.boletoId())).containsExactly("BoletoRegistrado");
    }

    @Test
    void estornoDePagamentoNuncaConfirmadoFicaRecusadoParaConsulta() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX", "99.90");
        String estorno = eventoId();
        asaasInforma(cobranca.cobrancaId(), "REFUNDED", "99.90");

        webhookAsaas(token, Provedores.eventoAsaas(estorno, "PAYMENT_REFUNDED", cobranca.cobrancaId(), "99.90", null));

        aguardarSituacao(empresa, estorno, "RECUSADO");
        assertThat(eventoRecebido(empresa, estorno).path("detalhe").asText()).startsWith("PAGAMENTO_NAO_CONFIRMADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");
    }

    @Test
    void valorDiferenteDoCobradoFicaDivergenteAteUmSupervisorAceitar() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        String id = eventoId();
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "155.27");

        webhookAsaas(token, Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", cobranca.cobrancaId(), "155.27", null));

        aguardarSituacao(empresa, id, "DIVERGENTE");
        List<JsonNode> divergentes = eventosRecebidos(empresa, "?situacao=DIVERGENTE");
        assertThat(divergentes).hasSize(1);
        JsonNode divergente = divergentes.get(0);
        assertThat(divergente.path("pagamentoId").asText()).isEqualTo(cobranca.pagamentoId());
        assertThat(divergente.path("valorRecebido").asText()).isEqualTo("155.27");
        List<JsonNode> pagamento = historico(empresa, "pagamento", cobranca.pagamentoId());
        assertThat(pagamento).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoDivergente");
        assertThat(pagamento.get(1).path("payload").path("valorEsperado").asText()).isEqualTo("150.50");
        assertThat(pagamento.get(1).path("payload").path("valorRecebido").asText()).isEqualTo("155.27");
        assertThat(tipos(empresa, "boleto", cobranca.boletoId())).doesNotContain("BoletoPago");

        String aceite = "/api/pagamentos/provedores/eventos/" + divergente.path("id").asLong() + "/aceite";
        assertThat(post(aceite, empresa.token(Papel.OPERADOR), "").status()).isEqualTo(403);
        Resposta aceito = post(aceite, empresa.token(Papel.SUPERVISOR), "");

        assertThat(aceito.status()).as(aceito.toString()).isEqualTo(200);
        assertThat(aceito.json().path("situacao").asText()).isEqualTo("ACEITO");
        List<JsonNode> depois = historico(empresa, "pagamento", cobranca.pagamentoId());
        assertThat(depois.get(depois.size() - 1).path("tipo").asText()).isEqualTo("PagamentoConfirmado");
        assertThat(depois.get(depois.size() - 1).path("payload").path("valorPago").asText()).isEqualTo("155.27");
        assertProblema(post(aceite, empresa.token(Papel.SUPERVISOR), ""), 409, "EVENTO_NAO_DIVERGENTE");
    }

    @Test
    void vencimentoMarcaOBoletoComoVencido() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        String id = eventoId();

        webhookAsaas(token, Provedores.eventoAsaas(id, "PAYMENT_OVERDUE", cobranca.cobrancaId(), "150.50", null));

        aguardarSituacao(empresa, id, "APLICADO");
        assertThat(tipos(empresa, "boleto", cobranca.boletoId())).contains("BoletoVencido");
    }

    @Test
    void eventosSemEfeitoECobrancasDesconhecidasSaoGuardadosSemAplicar() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX", "10.00");
        String criado = eventoId();
        String removido = eventoId();
        String desconhecido = eventoId();

        webhookAsaas(token, Provedores.eventoAsaas(criado, "PAYMENT_CREATED", cobranca.cobrancaId(), "10.00", null));
        webhookAsaas(token, Provedores.eventoAsaas(removido, "PAYMENT_DELETED", cobranca.cobrancaId(), "10.00", null));
        webhookAsaas(token, Provedores.eventoAsaas(desconhecido, "PAYMENT_RECEIVED", "pay_de_outro_sistema", "10.00",
                null));

        aguardarSituacao(empresa, desconhecido, "SEM_PAGAMENTO");
        aguardarSituacao(empresa, criado, "REGISTRADO");
        aguardarSituacao(empresa, removido, "REGISTRADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");
    }

    @Test
    void corpoQueNaoEhEventoRecebe400EDepoisOEventoCerto200() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);

        assertProblema(webhookAsaas(token, "{\"event\":\"PAYMENT_RECEIVED\""), 400, "PAYLOAD_INVALIDO");
        assertProblema(webhookAsaas(token, "{\"event\":\"PAYMENT_RECEIVED\"}"), 400, "PAYLOAD_INVALIDO");
        assertThat(eventosRecebidos(empresa, "")).isEmpty();
        assertThat(webhookAsaas(token, Provedores.eventoAsaas(eventoId(), "PAYMENT_CREATED", "pay_1", "1.00", null))
                .status()).isEqualTo(200);
    }

    @Test
    void corpoGrandeDemaisRecebe413ENadaEhGuardado() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        String id = eventoId();
        String enorme = Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", "pay_1", "1.00", null)
                .replace("\"description\":null", "\"description\":\"" + "x".repeat(1024 * 1024) + "\"");

        assertProblema(webhookAsaas(token, enorme), 413, "CONTEUDO_GRANDE_DEMAIS");
        assertThat(linhasComEventoId(id)).isZero();
    }

    /**
     * An event stored before a crash, never processed: the worker picks it up on its own schedule,
     * with no webhook call to wake it.
     */
    @Test
    void eventoGuardadoENaoProcessadoAntesDeUmaQuedaEhAplicadoPeloTrabalhador() {
        TenantDeTeste empresa = novaEmpresa();
        configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX", "42.23");
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "42.23");
        String id = eventoId();
        jdbc.update("""
                INSERT INTO pagamento_evento_provedor (provedor, tenant_id, evento_id, tipo, referencia, payload,
                  recebido_em, situacao)
                VALUES ('ASAAS', ?, ?, 'PAYMENT_RECEIVED', ?, ?, now() - interval '1 hour', 'PENDENTE')""",
                empresa.tenantId().valor(), id, cobranca.cobrancaId(),
                Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", cobranca.cobrancaId(), "42.23", null));

        aguardarSituacao(empresa, id, "APLICADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
    }

    /**
     * Whoever holds a tenant's webhook token can post any event: a refund Asaas itself does not
     * show is kept as refused (answered 200, so Asaas does not resend it) and moves no money.
     */
    @Test
    void estornoForjadoQueOAsaasNaoConfirmaNaoEstornaOPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "PIX", "99.90");
        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "99.90");
        String recebido = eventoId();
        String forjado = eventoId();
        webhookAsaas(token, Provedores.eventoAsaas(recebido, "PAYMENT_RECEIVED", cobranca.cobrancaId(), "99.90", null));
        aguardarSituacao(empresa, recebido, "APLICADO");

        Resposta resposta = webhookAsaas(token, Provedores.eventoAsaas(forjado, "PAYMENT_REFUNDED",
                cobranca.cobrancaId(), "99.90", null));

        assertThat(resposta.status()).isEqualTo(200);
        aguardarSituacao(empresa, forjado, "RECUSADO");
        assertThat(eventoRecebido(empresa, forjado).path("detalhe").asText())
                .startsWith("NAO_CONFIRMADO_PELO_PROVEDOR").contains("RECEIVED");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
        asaas.verify(WireMock.getRequestedFor(
                        WireMock.urlEqualTo("/v3/payments/"
                                + cobranca.cobrancaId()))
                .withHeader("access_token", WireMock.equalTo(API_KEY)));

        asaasInforma(cobranca.cobrancaId(), "REFUNDED", "99.90");
        String verdadeiro = eventoId();
        webhookAsaas(token, Provedores.eventoAsaas(verdadeiro, "PAYMENT_REFUNDED", cobranca.cobrancaId(), "99.90",
                null));

        aguardarSituacao(empresa, verdadeiro, "APLICADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
    }

    @Test
    void pagamentoForjadoDeCobrancaAindaPendenteNaoConfirmaNada() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        Cobranca cobranca = emitirNoAsaas(empresa, cadastrarCliente(empresa), "BOLETO", "150.50");
        asaasInforma(cobranca.cobrancaId(), "PENDING", "150.50");
        String forjado = eventoId();

        webhookAsaas(token, Provedores.eventoAsaas(forjado, "PAYMENT_RECEIVED", cobranca.cobrancaId(), "150.50", null));

        aguardarSituacao(empresa, forjado, "RECUSADO");
        assertThat(eventoRecebido(empresa, forjado).path("detalhe").asText()).contains("PENDING");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");
        assertThat(tipos(empresa, "boleto", cobranca.boletoId())).doesNotContain("BoletoPago");
    }

    /** Asaas out of the air: the event is not dropped, it waits in the inbox and is applied when Asaas is back. */
    @Test
    void asaasForaDoArDeixaOEventoNaCaixaDeEntradaAteVoltar() {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        String cliente = cadastrarCliente(empresa);
        // A second charge's successful calls keep one failed confirmation below the tenant's circuit
        // breaker threshold (half of its recent calls), so the retry reaches Asaas again.
        emitirNoAsaas(empresa, cliente, "BOLETO", "10.00");
        Cobranca cobranca = emitirNoAsaas(empresa, cliente, "BOLETO", "42.23");
        asaas.stubFor(WireMock.get("/v3/payments/" + cobranca.cobrancaId())
                .willReturn(WireMock.aResponse().withStatus(503)));
        String id = eventoId();

        assertThat(webhookAsaas(token, Provedores.eventoAsaas(id, "PAYMENT_RECEIVED", cobranca.cobrancaId(), "42.23",
                null)).status()).isEqualTo(200);

        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, id).path("tentativas").asInt()).isGreaterThanOrEqualTo(1));
        assertThat(eventoRecebido(empresa, id).path("situacao").asText()).isEqualTo("PENDENTE");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId())).containsExactly("PagamentoCriado");

        asaasInforma(cobranca.cobrancaId(), "RECEIVED", "42.23");

        aguardarSituacao(empresa, id, "APLICADO");
        assertThat(tipos(empresa, "pagamento", cobranca.pagamentoId()))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
    }
}
