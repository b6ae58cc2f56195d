package br.com.nexus.app.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.kernel.cobranca.CalendarioDeCobranca;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The régua de cobrança over HTTP: its settings, its simulation, and a boleto collected by itself
 * through the fake Evolution API until it is paid.
 */
class ReguaDeCobrancaIT extends CenarioWhatsapp {

    @Autowired
    EventProcessingConfiguration eventProcessing;

    private static final Duration ESPERA_SAGA = Duration.ofSeconds(60);

    @Test
    void empresaNovaTemAReguaPadraoEReguaInvalidaNaoMudaNada() {
        Empresa empresa = novaEmpresa();
        String admin = empresa.token(Papel.ADMIN);

        JsonNode padrao = get("/api/configuracoes/regua", admin).json();
        assertThat(padrao.path("etapas")).extracting(e -> e.path("diasRelativosAoVencimento").asInt())
                .containsExactly(-3, 0, 1, 7);
        assertThat(padrao.path("espacamentoMinimoHoras").asInt()).isEqualTo(24);

        Resposta repetida = put("/api/configuracoes/regua", admin, Map.of("etapas", List.of(
                Map.of("nome", "A", "diasRelativosAoVencimento", 1), Map.of("nome", "B", "diasRelativosAoVencimento", 1))));
        assertThat(repetida.status()).as(repetida.toString()).isEqualTo(422);
        assertThat(repetida.contentType()).contains("application/problem+json");
        assertThat(repetida.json().path("code").asText()).isEqualTo("REGUA_INVALIDA");

        Resposta janela = put("/api/configuracoes/regua", admin, Map.of("janelaInicio", "20:00", "janelaFim", "08:00"));
        assertThat(janela.status()).as(janela.toString()).isEqualTo(422);
        assertThat(janela.json().path("detail").asText()).contains("janela");

        Resposta modelo = put("/api/configuracoes/regua", admin, Map.of("etapas", List.of(Map.of("nome", "A",
                "diasRelativosAoVencimento", 0, "modeloId", "7d1c6f44-8a58-4c1e-9d8b-2f9a8f5e2b11"))));
        assertThat(modelo.status()).as(modelo.toString()).isEqualTo(422);
        assertThat(modelo.json().path("code").asText()).isEqualTo("MODELO_DESCONHECIDO");

        assertThat(get("/api/configuracoes/regua", admin).json()).isEqualTo(padrao);
        assertThat(put("/api/configuracoes/regua", empresa.token(Papel.OPERADOR), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void reguaDefinidaValeParaAEmpresaESimulacaoMostraQuandoCadaEtapaSai() {
        Empresa empresa = novaEmpresa();
        String supervisor = empresa.token(Papel.SUPERVISOR);
        Resposta criado = post("/api/whatsapp/modelos", supervisor, Map.of("nome", "Lembrete",
                "variantes", List.of("Olá {nome}, seu boleto de {valor} vence em {vencimento}.")));
        assertThat(criado.status()).as(criado.toString()).isEqualTo(201);
        String modelo = criado.json().path("id").asText();

        Resposta definida = put("/api/configuracoes/regua", supervisor, Map.of(
                "etapas", List.of(Map.of("nome", "Dois dias antes", "diasRelativosAoVencimento", -2, "modeloId", modelo),
                        Map.of("nome", "Quinze dias depois", "diasRelativosAoVencimento", 15)),
                "janelaInicio", "09:00", "janelaFim", "18:00"));
        assertThat(definida.status()).as(definida.toString()).isEqualTo(200);

        await().atMost(ESPERA).untilAsserted(() -> assertThat(get("/api/configuracoes/regua", supervisor).json()
                .path("etapas")).extracting(e -> e.path("diasRelativosAoVencimento").asInt()).containsExactly(-2, 15));
        // Thursday 11/03/2027: D-2 on Tuesday 09/03 at 09:00 in São Paulo (12:00 UTC).
        Resposta simulacao = post("/api/configuracoes/regua/simulacao", supervisor, Map.of("vencimento", "2027-03-11"));
        assertThat(simulacao.status()).as(simulacao.toString()).isEqualTo(200);
        JsonNode etapas = simulacao.json().path("etapas");
        assertThat(etapas.get(0).path("quando").asText()).isEqualTo("2027-03-09T12:00:00Z");
        assertThat(etapas.get(0).path("rotulo").asText()).isEqualTo("D-2");
        assertThat(simulacao.json().path("vencidoEm").asText()).isEqualTo("2027-03-12T03:00:00Z");
    }

    @Test
    void boletoAtrasadoVenceRecebeSoOLembreteMaisRecenteEAoSerPagoEncerraACobranca() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        String admin = empresa.token(Papel.ADMIN);
        Resposta definida = put("/api/configuracoes/regua", admin, Map.of(
                "etapas", List.of(Map.of("nome", "Vence hoje", "diasRelativosAoVencimento", 0),
                        Map.of("nome", "Cobrança", "diasRelativosAoVencimento", 2),
                        Map.of("nome", "Última", "diasRelativosAoVencimento", 60)),
                "janelaInicio", "00:00", "janelaFim", "23:59", "somenteDiasUteis", false, "pularFeriados", false,
                "espacamentoMinimoHoras", 0));
        assertThat(definida.status()).as(definida.toString()).isEqualTo(200);
        await().atMost(ESPERA).until(() -> get("/api/configuracoes/regua", admin).json().path("etapas").size() == 3);
        Cliente cliente = novoCliente(empresa, "Joana Prado");
        numeroTrezeDigitos(empresa, cliente.telefone());
        LocalDate vencimento = LocalDate.now(CalendarioDeCobranca.FUSO).minusDays(10);
        String boleto = boleto(empresa, cliente, "321.45", vencimento);

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode regua = get("/api/boletos/" + boleto + "/regua", admin).json();
            assertThat(regua.path("situacao").asText()).isEqualTo("VENCIDO");
            assertThat(etapa(regua, 0).path("situacao").asText()).isEqualTo("PULADA");
            assertThat(etapa(regua, 0).path("codigo").asText()).isEqualTo("ETAPA_PERDIDA");
            assertThat(etapa(regua, 2).path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa(regua, 2).path("statusDisparo").asText()).isEqualTo("ENVIADO");
            assertThat(etapa(regua, 60).path("situacao").asText()).isEqualTo("PREVISTA");
            assertThat(regua.path("cobranca").asText()).isEqualTo("ATIVA");
        });
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).hasSize(1)
                .allSatisfy(envio -> assertThat(corpo(envio).path("text").asText()).contains("321,45"));

        Resposta pagamento = post("/api/pagamentos", empresa.token(Papel.OPERADOR), Map.of("boletoId", boleto,
                "clienteId", cliente.id(), "valor", "321.45", "metodo", "PIX"));
        assertThat(pagamento.status()).as(pagamento.toString()).isEqualTo(201);

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode regua = get("/api/boletos/" + boleto + "/regua", admin).json();
            assertThat(regua.path("situacao").asText()).isEqualTo("PAGO");
            assertThat(regua.path("cobranca").asText()).isEqualTo("ENCERRADA");
            assertThat(StreamSupport.stream(regua.path("etapas").spliterator(), false)
                    .noneMatch(e -> e.path("situacao").asText().equals("PREVISTA"))).isTrue();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM associationvalueentry WHERE associationvalue = ?",
                    Integer.class, boleto)).isZero();
        });
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).hasSize(1);
    }

    @Test
    void numeroQueNaoTemWhatsappInterrompeACobrancaComOMotivoNaTimeline() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        String admin = empresa.token(Papel.ADMIN);
        put("/api/configuracoes/regua", admin, Map.of("etapas", List.of(Map.of("nome", "Hoje",
                "diasRelativosAoVencimento", 0), Map.of("nome", "Depois", "diasRelativosAoVencimento", 30)),
                "janelaInicio", "00:00", "janelaFim", "23:59", "somenteDiasUteis", false, "pularFeriados", false,
                "espacamentoMinimoHoras", 0));
        await().atMost(ESPERA).until(() -> get("/api/configuracoes/regua", admin).json().path("etapas").size() == 2);
        Cliente cliente = novoCliente(empresa, "Sem Zap");
        evolution.stubFor(WireMock.post("/chat/whatsappNumbers/"
                + empresa.instancia()).willReturn(json(200, "[{\"jid\":\"" + cliente.telefone()
                + "@s.whatsapp.net\",\"exists\":false,\"number\":\"" + cliente.telefone() + "\"}]")));
        String boleto = boleto(empresa, cliente, "80.00", LocalDate.now(CalendarioDeCobranca.FUSO));

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode regua = get("/api/boletos/" + boleto + "/regua", admin).json();
            assertThat(etapa(regua, 0).path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa(regua, 0).path("statusDisparo").asText()).isEqualTo("FALHOU");
            assertThat(regua.path("cobranca").asText()).isEqualTo("INTERROMPIDA");
            assertThat(regua.path("motivo").asText()).contains("numero_sem_whatsapp");
            assertThat(StreamSupport.stream(regua.path("etapas").spliterator(), false)
                    .noneMatch(e -> e.path("situacao").asText().equals("PREVISTA"))).isTrue();
        });
        JsonNode timeline = get("/api/clientes/" + cliente.id() + "/timeline", admin).json();
        assertThat(timeline.toString()).contains("COBRANCA_INTERROMPIDA");
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).isEmpty();
    }

    @Test
    void replayDasProjecoesNaoEnviaNadaDeNovoEASagaNaoPodeSerRefeita() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        String admin = empresa.token(Papel.ADMIN);
        put("/api/configuracoes/regua", admin, Map.of("etapas", List.of(Map.of("nome", "Hoje",
                "diasRelativosAoVencimento", 0)), "janelaInicio", "00:00", "janelaFim", "23:59",
                "somenteDiasUteis", false, "pularFeriados", false, "espacamentoMinimoHoras", 0));
        await().atMost(ESPERA).until(() -> get("/api/configuracoes/regua", admin).json().path("etapas").size() == 1);
        Cliente cliente = novoCliente(empresa, "Replay Sem Reenvio");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String boleto = boleto(empresa, cliente, "45.00", LocalDate.now(CalendarioDeCobranca.FUSO));
        await().atMost(ESPERA_SAGA).untilAsserted(() -> assertThat(etapa(get("/api/boletos/" + boleto + "/regua",
                admin).json(), 0).path("statusDisparo").asText()).isEqualTo("ENVIADO"));
        JsonNode antes = get("/api/boletos/" + boleto + "/regua", admin).json();
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));

        for (String grupo : List.of("cobranca", "listas", "timeline")) {
            assertThat(post("/api/admin/projecoes/" + grupo + "/replay", plataforma, null).status()).isEqualTo(202);
        }
        assertThat(post("/api/admin/projecoes/" + "cobranca-saga" + "/replay", plataforma, null).status())
                .as("sagas are never replayed").isEqualTo(404);
        assertThat(eventProcessing.eventProcessor("cobranca-saga", StreamingEventProcessor.class).orElseThrow()
                .supportsReset()).isFalse();

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode projecao = get("/api/admin/projecoes/cobranca", plataforma).json();
            assertThat(projecao.path("executando").asBoolean()).isTrue();
            assertThat(projecao.path("replay").asBoolean()).isFalse();
            JsonNode depois = get("/api/boletos/" + boleto + "/regua", admin).json();
            assertThat(etapa(depois, 0)).isEqualTo(etapa(antes, 0));
        });
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).hasSize(1);
    }

    private static JsonNode etapa(JsonNode regua, int dias) {
        return StreamSupport.stream(regua.path("etapas").spliterator(), false)
                .filter(e -> e.path("diasRelativosAoVencimento").asInt() == dias).findFirst()
                .orElseThrow(() -> new AssertionError("Sem etapa D" + dias + " em " + regua));
    }

    private String boleto(Empresa empresa, Cliente cliente, String valor, LocalDate vencimento) {
        StringBuilder campoLivre = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            campoLivre.append(ThreadLocalRandom.current().nextInt(10));
        }
        CodigoBarras codigo = CodigoBarras.gerar("001", vencimento, Dinheiro.parse(valor), campoLivre.toString());
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("clienteId", cliente.id());
        corpo.put("linhaDigitavel", codigo.linhaDigitavel().formatada());
        corpo.put("valor", valor);
        corpo.put("vencimento", vencimento.toString());
        corpo.put("origem", "PROVEDOR");
        Resposta criado = post("/api/boletos", empresa.token(Papel.OPERADOR), corpo);
        assertThat(criado.status()).as(criado.toString()).isEqualTo(201);
        return criado.json().path("id").asText();
    }
}
