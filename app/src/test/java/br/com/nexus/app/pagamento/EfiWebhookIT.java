package br.com.nexus.app.pagamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EfiWebhookIT extends ProvedorIT {

    private static final Duration ESPERA = Duration.ofSeconds(20);
    private static final String PIX = "/api/webhooks/efi/pix";
    /** Efí appends /pix to the registered URL on real notifications (PROTOCOLS.md §3.2). */
    private static final String PIX_COM_SUFIXO = "/api/webhooks/efi/pix/pix";

    private static String endToEndId() {
        return "E18236120" + UUID.randomUUID().toString().replace("-", "").substring(0, 23);
    }

    private static String txid() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 30);
    }

    private String registrarPix(TenantDeTeste empresa, String clienteId, String txid, String valor) {
        Resposta resposta = post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), Map.of(
                "provedor", "EFI", "clienteId", clienteId, "metodo", "PIX", "valor", valor, "txid", txid));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        assertThat(resposta.json().path("txid").asText()).isEqualTo(txid);
        assertThat(resposta.json().path("chavePix").asText()).isEqualTo("2c3c7441-b91e-4982-3c25-6105581e18ae");
        return resposta.json().path("pagamentoId").asText();
    }

    private void aguardarSituacao(TenantDeTeste empresa, String eventoId, String situacao) {
        await().atMost(ESPERA).untilAsserted(() ->
                assertThat(eventoRecebido(empresa, eventoId).path("situacao").asText()).isEqualTo(situacao));
    }

    @Test
    void exemploRealDaEfiComSufixoPixConfirmaOPagamentoDoTxid() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String pagamentoId = registrarPix(empresa, cadastrarCliente(empresa), "fc9a43k6ff384ryP5f41719", "0.01");
        efiInforma("E1803615022211340s08793XPJ", "fc9a43k6ff384ryP5f41719", "0.01", null);

        Resposta resposta = webhookEfi(PIX_COM_SUFIXO, hmac, Provedores.EFI_PIX);

        assertThat(resposta.status()).isEqualTo(200);
        aguardarSituacao(empresa, "E1803615022211340s08793XPJ", "APLICADO");
        List<JsonNode> pagamento = historico(empresa, "pagamento", pagamentoId);
        assertThat(pagamento).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
        assertThat(pagamento.get(0).path("payload").path("provedor").asText()).isEqualTo("EFI");
        assertThat(pagamento.get(0).path("payload").path("referenciaExterna").asText())
                .isEqualTo("fc9a43k6ff384ryP5f41719");
        JsonNode confirmado = pagamento.get(1).path("payload");
        assertThat(confirmado.path("valorPago").asText()).isEqualTo("0.01");
        assertThat(confirmado.path("dataPagamento").asText()).isEqualTo("2020-12-21");
        assertThat(confirmado.path("providerEventId").asText()).isEqualTo("E1803615022211340s08793XPJ");
    }

    @Test
    void semHmacOuComHmacErradoRecebe401ENadaEhGuardado() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String e2e = endToEndId();
        String corpo = "{\"pix\":[" + Provedores.efiPix(e2e, txid(), "10.00") + "]}";

        for (Resposta resposta : List.of(webhookEfi(PIX, null, corpo), webhookEfi(PIX, hmac + "0", corpo),
                webhookEfi(PIX_COM_SUFIXO, "", corpo))) {
            assertProblema(resposta, 401, "WEBHOOK_NAO_AUTENTICADO");
        }
        assertThat(linhasComEventoId(e2e)).isZero();
    }

    @Test
    void chamadaDeTesteDoCadastroSemPixRecebe200() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);

        assertThat(webhookEfi(PIX, hmac, "{}").status()).isEqualTo(200);
        assertThat(webhookEfi(PIX, hmac, "").status()).isEqualTo(200);
        assertThat(eventosRecebidos(empresa, "")).isEmpty();
    }

    @Test
    void doisPixNaMesmaChamadaSaoAplicadosCadaUmUmaVezSo() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String clienteId = cadastrarCliente(empresa);
        String txidA = txid();
        String txidB = txid();
        String pagamentoA = registrarPix(empresa, clienteId, txidA, "25.00");
        String pagamentoB = registrarPix(empresa, clienteId, txidB, "1234.56");
        String e2eA = endToEndId();
        String e2eB = endToEndId();
        efiInforma(e2eA, txidA, "25.00", null);
        efiInforma(e2eB, txidB, "1234.56", null);
        String corpo = "{\"pix\":[" + Provedores.efiPix(e2eA, txidA, "25.00") + ","
                + Provedores.efiPix(e2eB, txidB, "1234.56") + "]}";

        assertThat(webhookEfi(PIX_COM_SUFIXO, hmac, corpo).status()).isEqualTo(200);
        assertThat(webhookEfi(PIX_COM_SUFIXO, hmac, corpo).status()).isEqualTo(200);
        assertThat(webhookEfi(PIX, hmac, corpo).status()).isEqualTo(200);

        aguardarSituacao(empresa, e2eA, "APLICADO");
        aguardarSituacao(empresa, e2eB, "APLICADO");
        assertThat(linhasComEventoId(e2eA)).isEqualTo(1);
        assertThat(linhasComEventoId(e2eB)).isEqualTo(1);
        assertThat(tipos(empresa, "pagamento", pagamentoA)).containsExactly("PagamentoCriado", "PagamentoConfirmado");
        assertThat(tipos(empresa, "pagamento", pagamentoB)).containsExactly("PagamentoCriado", "PagamentoConfirmado");
        assertThat(historico(empresa, "pagamento", pagamentoB).get(1).path("payload").path("valorPago").asText())
                .isEqualTo("1234.56");
    }

    @Test
    void txidDesconhecidoEhGuardadoENaoAplicado() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String e2e = endToEndId();

        assertThat(webhookEfi(PIX, hmac, "{\"pix\":[" + Provedores.efiPix(e2e, "txidquenaoexiste", "7.00") + "]}")
                .status()).isEqualTo(200);

        aguardarSituacao(empresa, e2e, "SEM_PAGAMENTO");
        JsonNode evento = eventoRecebido(empresa, e2e);
        assertThat(evento.path("referencia").asText()).isEqualTo("txidquenaoexiste");
        assertThat(evento.path("valorRecebido").asText()).isEqualTo("7.00");
        assertThat(evento.has("pagamentoId")).isFalse();
    }

    @Test
    void pixComValorDiferenteDoCobradoFicaDivergente() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String txid = txid();
        String pagamentoId = registrarPix(empresa, cadastrarCliente(empresa), txid, "50.00");
        String e2e = endToEndId();
        efiInforma(e2e, txid, "5.00", null);

        webhookEfi(PIX_COM_SUFIXO, hmac, "{\"pix\":[" + Provedores.efiPix(e2e, txid, "5.00") + "]}");

        aguardarSituacao(empresa, e2e, "DIVERGENTE");
        assertThat(tipos(empresa, "pagamento", pagamentoId)).containsExactly("PagamentoCriado", "PagamentoDivergente");
    }

    @Test
    void devolucaoDoPixEstornaOPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String txid = txid();
        String pagamentoId = registrarPix(empresa, cadastrarCliente(empresa), txid, "30.00");
        String e2e = endToEndId();
        String pix = Provedores.efiPix(e2e, txid, "30.00");
        efiInforma(e2e, txid, "30.00", null);
        webhookEfi(PIX_COM_SUFIXO, hmac, "{\"pix\":[" + pix + "]}");
        aguardarSituacao(empresa, e2e, "APLICADO");

        String comDevolucao = pix.substring(0, pix.lastIndexOf('}')) + """
                ,"devolucoes":[{"id":"D1","rtrId":"D1823612020201221abcdefghijk","valor":"30.00",
                 "horario":{"solicitacao":"2020-12-22T10:00:00.000Z"},"status":"DEVOLVIDO"}]}""";
        efiInforma(e2e, txid, "30.00", """
                [{"id":"D1","rtrId":"D1823612020201221abcdefghijk","valor":"30.00",
                  "horario":{"solicitacao":"2020-12-22T10:00:00.000Z","liquidacao":"2020-12-22T10:00:01.000Z"},
                  "status":"DEVOLVIDO"}]""");
        assertThat(webhookEfi(PIX_COM_SUFIXO, hmac, "{\"pix\":[" + comDevolucao + "]}").status()).isEqualTo(200);

        aguardarSituacao(empresa, e2e + "/devolucao/D1", "APLICADO");
        assertThat(tipos(empresa, "pagamento", pagamentoId))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
    }

    @Test
    void pixSemEndToEndIdRecusaAChamadaInteiraSemGuardarNada() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String e2e = endToEndId();
        String corpo = "{\"pix\":[" + Provedores.efiPix(e2e, txid(), "1.00") + ",{\"txid\":\"x\",\"valor\":\"1.00\"}]}";

        assertProblema(webhookEfi(PIX, hmac, corpo), 400, "PAYLOAD_INVALIDO");
        assertThat(linhasComEventoId(e2e)).isZero();
    }

    @Test
    void txidRepetidoNaMesmaEmpresaRecebe409() {
        TenantDeTeste empresa = novaEmpresa();
        configurarEfi(empresa);
        String clienteId = cadastrarCliente(empresa);
        String txid = txid();
        registrarPix(empresa, clienteId, txid, "10.00");

        Resposta repetido = post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), Map.of(
                "provedor", "EFI", "clienteId", clienteId, "metodo", "PIX", "valor", "10.00", "txid", txid));

        assertProblema(repetido, 409, "REFERENCIA_EXTERNA_EM_USO");
    }

    @Test
    void semTxidInformadoUsaOIdDoPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        configurarEfi(empresa);

        Resposta resposta = post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), Map.of(
                "provedor", "EFI", "clienteId", cadastrarCliente(empresa), "metodo", "PIX", "valor", "10.00"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        assertThat(resposta.json().path("txid").asText())
                .isEqualTo(resposta.json().path("pagamentoId").asText().replace("-", ""))
                .matches("[A-Za-z0-9]{26,35}");
    }

    /** A PIX Efí itself does not know (GET /v2/pix/{e2eId} answers 404) confirms nothing. */
    @Test
    void pixQueAEfiNaoConheceNaoConfirmaOPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String txid = txid();
        String pagamentoId = registrarPix(empresa, cadastrarCliente(empresa), txid, "10.00");
        String e2e = endToEndId();
        asaas.stubFor(WireMock.get("/v2/pix/" + e2e).willReturn(WireMock.aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"nome\":\"pix_nao_encontrado\",\"mensagem\":\"Pix não encontrado para o e2eId informado\"}")));

        assertThat(webhookEfi(PIX_COM_SUFIXO, hmac, "{\"pix\":[" + Provedores.efiPix(e2e, txid, "10.00") + "]}")
                .status()).isEqualTo(200);

        aguardarSituacao(empresa, e2e, "RECUSADO");
        assertThat(eventoRecebido(empresa, e2e).path("detalhe").asText()).startsWith("NAO_CONFIRMADO_PELO_PROVEDOR");
        assertThat(tipos(empresa, "pagamento", pagamentoId)).containsExactly("PagamentoCriado");
        asaas.verify(WireMock.postRequestedFor(WireMock.urlEqualTo("/oauth/token")));
    }

    /** A real PIX of another charge, replayed with our txid: Efí says whose it is. */
    @Test
    void pixQueParaAEfiEhDeOutraCobrancaNaoConfirmaOPagamento() {
        TenantDeTeste empresa = novaEmpresa();
        String hmac = configurarEfi(empresa);
        String txid = txid();
        String pagamentoId = registrarPix(empresa, cadastrarCliente(empresa), txid, "10.00");
        String e2e = endToEndId();
        efiInforma(e2e, txid(), "10.00", null);

        webhookEfi(PIX_COM_SUFIXO, hmac, "{\"pix\":[" + Provedores.efiPix(e2e, txid, "10.00") + "]}");

        aguardarSituacao(empresa, e2e, "RECUSADO");
        assertThat(tipos(empresa, "pagamento", pagamentoId)).containsExactly("PagamentoCriado");
    }
}
