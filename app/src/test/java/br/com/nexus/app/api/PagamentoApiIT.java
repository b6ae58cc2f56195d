package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagamentoApiIT extends ApiIT {

    @Test
    void pagamentoManualDeUmBoletoEhConfirmadoEBaixaOBoleto() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "150.50");

        Resposta resposta = post("/api/pagamentos", empresa.operador(), Map.of("boletoId", boletoId,
                "clienteId", clienteId, "valor", "150.50", "metodo", "PIX", "dataPagamento", "2026-11-05"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        String id = resposta.json().path("id").asText();
        assertThat(resposta.header("Location")).isEqualTo("/api/pagamentos/" + id);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Resposta lido = get(resposta.header("Location"), empresa.operador());
            assertThat(lido.status()).as(lido.toString()).isEqualTo(200);
            assertThat(lido.json().path("valorPago").asText()).isEqualTo("150.50");
        });
        List<JsonNode> pagamento = historico(empresa, "pagamento", id);
        assertThat(pagamento).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoConfirmado");
        assertThat(pagamento.get(0).path("payload").path("provedor").asText()).isEqualTo("MANUAL");
        assertThat(pagamento.get(1).path("payload").path("providerEventId").asText()).isEqualTo("manual:" + id);
        assertThat(pagamento.get(1).path("payload").path("valorPago").asText()).isEqualTo("150.50");
        assertThat(pagamento.get(1).path("payload").path("dataPagamento").asText()).isEqualTo("2026-11-05");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(tiposNoHistorico(empresa, "boleto", boletoId)).containsExactly("BoletoRegistrado", "BoletoPago"));
        JsonNode pago = historico(empresa, "boleto", boletoId).get(1);
        assertThat(pago.path("payload").path("pagamentoId").asText()).isEqualTo(id);
        assertThat(pago.path("metadata").path("usuarioId").asText())
                .isEqualTo(pagamento.get(1).path("metadata").path("usuarioId").asText()).isNotBlank();
    }

    @Test
    void pagamentoSemBoletoUsaADataDeHojeQuandoOmitida() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());

        Resposta resposta = post("/api/pagamentos", empresa.operador(), Map.of("clienteId", clienteId,
                "valor", "1234.56", "metodo", "DINHEIRO"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        JsonNode confirmado = historico(empresa, "pagamento", resposta.json().path("id").asText()).get(1);
        assertThat(confirmado.path("payload").path("valorPago").asText()).isEqualTo("1234.56");
        assertThat(LocalDate.parse(confirmado.path("payload").path("dataPagamento").asText()))
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    }

    @Test
    void boletoJaPagoOuCanceladoRecusaNovoPagamento() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String cancelado = registrarBoleto(empresa, clienteId, "80.00");
        post("/api/boletos/" + cancelado + "/cancelamento", empresa.operador(), Map.of("motivo", "Renegociado"));
        String pago = registrarBoleto(empresa, clienteId, "90.00");
        post("/api/pagamentos", empresa.operador(), Map.of("boletoId", pago, "clienteId", clienteId,
                "valor", "90.00", "metodo", "BOLETO"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(tiposNoHistorico(empresa, "boleto", pago)).contains("BoletoPago"));
        long eventosAntes = eventosDoTenant(empresa);

        assertProblema(post("/api/pagamentos", empresa.operador(), Map.of("boletoId", cancelado,
                "clienteId", clienteId, "valor", "80.00", "metodo", "PIX")), 409, "BOLETO_CANCELADO");
        assertProblema(post("/api/pagamentos", empresa.operador(), Map.of("boletoId", pago,
                "clienteId", clienteId, "valor", "90.00", "metodo", "PIX")), 409, "BOLETO_PAGO");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void boletoDeOutroClienteOuDataFuturaRespondem422() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String outroCliente = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "60.00");
        long eventosAntes = eventosDoTenant(empresa);

        assertProblema(post("/api/pagamentos", empresa.operador(), Map.of("boletoId", boletoId,
                "clienteId", outroCliente, "valor", "60.00", "metodo", "PIX")), 422, "BOLETO_DE_OUTRO_CLIENTE");
        assertProblema(post("/api/pagamentos", empresa.operador(), Map.of("clienteId", clienteId,
                "valor", "60.00", "metodo", "PIX", "dataPagamento", LocalDate.now().plusDays(3).toString())), 422,
                "DATA_PAGAMENTO_FUTURA");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void estornaPagamentoConfirmadoNoTodoOuEmParte() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String id = post("/api/pagamentos", empresa.operador(), Map.of("clienteId", clienteId, "valor", "100.00",
                "metodo", "CARTAO")).json().path("id").asText();

        assertProblema(post("/api/pagamentos/" + id + "/estorno", empresa.operador(),
                Map.of("valor", "40.00", "motivo", "Cobrança em dobro")), 403, "ACESSO_NEGADO");
        assertProblema(post("/api/pagamentos/" + id + "/estorno", empresa.supervisor(),
                Map.of("valor", "100.01", "motivo", "Cobrança em dobro")), 422, "ESTORNO_MAIOR_QUE_PAGO");
        Resposta estorno = post("/api/pagamentos/" + id + "/estorno", empresa.supervisor(),
                Map.of("valor", "40.00", "motivo", "Cobrança em dobro"));

        assertThat(estorno.status()).as(estorno.toString()).isEqualTo(202);
        List<JsonNode> historico = historico(empresa, "pagamento", id);
        assertThat(historico).extracting(e -> e.path("tipo").asText())
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
        assertThat(historico.get(2).path("payload").path("valor").asText()).isEqualTo("40.00");
    }

    @Test
    void entradasMalFormadasRespondem400SemCriarNada() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        long eventosAntes = eventosDoTenant(empresa);
        String token = empresa.operador();
        Map<String, Object> valido = Map.of("clienteId", clienteId, "valor", "10.00", "metodo", "PIX");

        assertProblema(post("/api/pagamentos", token, com(valido, "metodo", "CHEQUE")), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/pagamentos", token, com(valido, "valor", "0.00")), 400, "VALOR_INVALIDO");
        assertProblema(post("/api/pagamentos", token, com(valido, "valor", "-5.00")), 400, "VALOR_INVALIDO");
        assertProblema(post("/api/pagamentos", token, com(valido, "valor", "10.005")), 400, "VALOR_INVALIDO");
        assertProblema(post("/api/pagamentos", token, com(valido, "valor", "1.234,56")), 400, "VALOR_INVALIDO");
        assertProblema(post("/api/pagamentos", token, com(valido, "valor", "9".repeat(1_000_000))), 400,
                "REQUISICAO_INVALIDA");
        assertProblema(post("/api/pagamentos", token, com(valido, "boletoId", "boleto-7")), 400, "ID_INVALIDO");
        assertProblema(post("/api/pagamentos", token, com(valido, "dataPagamento", "ontem")), 400,
                "REQUISICAO_INVALIDA");
        assertProblema(post("/api/pagamentos", token, Map.of("valor", "10.00")), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/pagamentos/xyz/estorno", empresa.supervisor(), Map.of("motivo", "x")), 400,
                "ID_INVALIDO");

        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void estornoIntegralReabreOBoletoCorrigeOsTotaisERetomaACobranca() {
        aguardarProcessadores("cobranca-saga");
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "150.50");
        String pagamentoId = post("/api/pagamentos", empresa.operador(), Map.of("boletoId", boletoId,
                "clienteId", clienteId, "valor", "150.50", "metodo", "PIX")).json().path("id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/dashboard", empresa.operador()).json().path("valores").path("pago").asText())
                        .isEqualTo("150.50"));
        await().atMost(Duration.ofSeconds(20)).until(() -> sagasDeCobranca(boletoId) == 0);

        Resposta estorno = post("/api/pagamentos/" + pagamentoId + "/estorno", empresa.supervisor(),
                Map.of("motivo", "Pago em duplicidade pelo cliente"));

        assertThat(estorno.status()).as(estorno.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tiposNoHistorico(empresa, "boleto", boletoId))
                .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto"));
        JsonNode reaberto = historico(empresa, "boleto", boletoId).get(2).path("payload");
        assertThat(reaberto.path("pagamentoId").asText()).isEqualTo(pagamentoId);
        assertThat(reaberto.path("motivo").asText()).isEqualTo("Pago em duplicidade pelo cliente");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode detalhe = get("/api/boletos/" + boletoId, empresa.operador()).json();
            assertThat(detalhe.path("boleto").path("situacao").asText()).isEqualTo("PENDENTE");
            assertThat(detalhe.path("valorPago").asText()).isEqualTo("0.00");
            JsonNode painel = get("/api/dashboard", empresa.operador()).json();
            assertThat(painel.path("valores").path("pago").asText()).isEqualTo("0.00");
            assertThat(painel.path("valores").path("pendente").asText()).isEqualTo("150.50");
            assertThat(painel.path("boletos").path("pagos").asLong()).isZero();
            assertThat(painel.path("boletos").path("pendentes").asLong()).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> sagasDeCobranca(boletoId) == 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("/api/boletos/" + boletoId + "/regua",
                empresa.operador()).json().path("cobranca").asText()).isEqualTo("ATIVA"));

        Resposta novoPagamento = post("/api/pagamentos", empresa.operador(), Map.of("boletoId", boletoId,
                "clienteId", clienteId, "valor", "150.50", "metodo", "DINHEIRO"));
        assertThat(novoPagamento.status()).as(novoPagamento.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tiposNoHistorico(empresa, "boleto", boletoId))
                .containsExactly("BoletoRegistrado", "BoletoPago", "BoletoReaberto", "BoletoPago"));
    }

    @Test
    void estornoParcialDeUmBoletoPagoMantemOPagoComMenosRecebido() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "200.00");
        String pagamentoId = post("/api/pagamentos", empresa.operador(), Map.of("boletoId", boletoId,
                "clienteId", clienteId, "valor", "200.00", "metodo", "PIX")).json().path("id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(tiposNoHistorico(empresa, "boleto", boletoId)).contains("BoletoPago"));

        assertThat(post("/api/pagamentos/" + pagamentoId + "/estorno", empresa.admin(),
                Map.of("valor", "50.00", "motivo", "Desconto concedido depois")).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(tiposNoHistorico(empresa, "boleto", boletoId))
                    .containsExactly("BoletoRegistrado", "BoletoPago", "EstornoNoBoletoRegistrado");
            JsonNode detalhe = get("/api/boletos/" + boletoId, empresa.operador()).json();
            assertThat(detalhe.path("boleto").path("situacao").asText()).isEqualTo("PAGO");
            assertThat(detalhe.path("valorPago").asText()).isEqualTo("150.00");
            assertThat(get("/api/dashboard", empresa.operador()).json().path("valores").path("pago").asText())
                    .isEqualTo("150.00");
        });
    }

    @Test
    void estornosParciaisSomamAteOValorPagoEOQuePassaDissoERecusado() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String id = post("/api/pagamentos", empresa.operador(), Map.of("clienteId", clienteId, "valor", "100.00",
                "metodo", "CARTAO")).json().path("id").asText();
        String estorno = "/api/pagamentos/" + id + "/estorno";

        assertThat(post(estorno, empresa.supervisor(), Map.of("valor", "40.00", "motivo", "a")).status()).isEqualTo(202);
        assertThat(post(estorno, empresa.supervisor(), Map.of("valor", "50.00", "motivo", "b")).status()).isEqualTo(202);
        Resposta demais = post(estorno, empresa.supervisor(), Map.of("valor", "10.01", "motivo", "c"));
        assertThat(post(estorno, empresa.supervisor(), Map.of("valor", "10.00", "motivo", "d")).status()).isEqualTo(202);
        Resposta depoisDeTudo = post(estorno, empresa.supervisor(), Map.of("valor", "0.01", "motivo", "e"));

        assertProblema(demais, 422, "ESTORNO_MAIOR_QUE_PAGO");
        assertThat(demais.json().path("detail").asText()).contains("R$ 10,01").contains("R$ 10,00");
        assertProblema(depoisDeTudo, 422, "ESTORNO_MAIOR_QUE_PAGO");
        List<JsonNode> historico = historico(empresa, "pagamento", id);
        assertThat(historico).extracting(e -> e.path("payload").path("valor").asText())
                .containsExactly("100.00", "", "40.00", "50.00", "10.00");
        assertThat(historico.get(4).path("payload").path("integral").asBoolean()).isTrue();
        assertThat(historico.get(3).path("payload").path("integral").asBoolean()).isFalse();
    }

    @Test
    void valorDiferenteDoSaldoDoBoletoERecusadoSemOAceiteDeUmSupervisor() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "987.65");
        Map<String, Object> acima = Map.of("boletoId", boletoId, "clienteId", clienteId, "valor", "1000.00",
                "metodo", "PIX");
        long eventosAntes = eventosDoTenant(empresa);

        Resposta semAceite = post("/api/pagamentos", empresa.supervisor(), acima);
        Resposta operadorAceitando = post("/api/pagamentos", empresa.operador(), com(acima, "aceitarDivergencia", true));

        assertProblema(semAceite, 422, "VALOR_DIVERGENTE");
        assertThat(semAceite.json().path("detail").asText()).contains("R$ 1.000,00").contains("R$ 987,65");
        assertProblema(operadorAceitando, 403, "ACESSO_NEGADO");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);

        Resposta aceito = post("/api/pagamentos", empresa.supervisor(), com(acima, "aceitarDivergencia", true));

        assertThat(aceito.status()).as(aceito.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(tiposNoHistorico(empresa, "boleto", boletoId)).containsExactly("BoletoRegistrado", "BoletoPago"));
        assertThat(historico(empresa, "boleto", boletoId).get(1).path("payload").path("excedente").asText())
                .isEqualTo("12.35");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/dashboard", empresa.operador()).json().path("valores").path("pago").asText())
                        .isEqualTo("1000.00"));
    }

    @Test
    void pagamentoAbaixoDoSaldoSoComAceiteEDeixaOBoletoPagoEmParte() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "999.99");
        Map<String, Object> centavo = Map.of("boletoId", boletoId, "clienteId", clienteId, "valor", "0.01",
                "metodo", "DINHEIRO");

        assertProblema(post("/api/pagamentos", empresa.operador(), centavo), 422, "VALOR_DIVERGENTE");
        Resposta aceito = post("/api/pagamentos", empresa.admin(), com(centavo, "aceitarDivergencia", true));

        assertThat(aceito.status()).as(aceito.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(tiposNoHistorico(empresa, "boleto", boletoId))
                    .containsExactly("BoletoRegistrado", "BoletoPagoParcialmente");
            JsonNode detalhe = get("/api/boletos/" + boletoId, empresa.operador()).json();
            assertThat(detalhe.path("boleto").path("situacao").asText()).isEqualTo("PENDENTE");
            assertThat(detalhe.path("valorPago").asText()).isEqualTo("0.01");
            JsonNode painel = get("/api/dashboard", empresa.operador()).json();
            assertThat(painel.path("valores").path("pago").asText()).isEqualTo("0.01");
            assertThat(painel.path("valores").path("pendente").asText()).isEqualTo("999.98");
            assertThat(painel.path("boletos").path("pagos").asLong()).isZero();
        });
        assertProblema(post("/api/pagamentos", empresa.operador(), com(centavo, "valor", "999.99")), 422,
                "VALOR_DIVERGENTE");
        assertThat(post("/api/pagamentos", empresa.operador(), com(centavo, "valor", "999.98")).status()).isEqualTo(201);
    }

    private int sagasDeCobranca(String boletoId) {
        Integer sagas = jdbc.queryForObject("""
                SELECT count(*) FROM associationvalueentry
                WHERE associationkey = 'boletoId' AND associationvalue = ? AND sagatype LIKE '%.CobrancaSaga'""",
                Integer.class, boletoId);
        return sagas == null ? 0 : sagas;
    }

    private static Map<String, Object> com(Map<String, Object> base, String campo, Object valor) {
        Map<String, Object> corpo = new HashMap<>(base);
        corpo.put(campo, valor);
        return corpo;
    }
}
