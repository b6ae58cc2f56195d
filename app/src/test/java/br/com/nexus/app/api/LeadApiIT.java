package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadApiIT extends ApiIT {

    @Test
    void capturaLeadCom201LocationEEventoNoHistorico() {
        Empresa empresa = novaEmpresa();

        Resposta resposta = post("/api/leads", empresa.operador(), DadosDaApi.lead("  Maria Souza ", "(11) 98765-4321"));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        String id = resposta.json().path("id").asText();
        assertThat(resposta.header("Location")).isEqualTo("/api/leads/" + id);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Resposta lido = get(resposta.header("Location"), empresa.operador());
            assertThat(lido.status()).as(lido.toString()).isEqualTo(200);
            assertThat(lido.json().path("nome").asText()).isEqualTo("Maria Souza");
        });
        JsonNode capturado = historico(empresa, "lead", id).get(0);
        assertThat(capturado.path("tipo").asText()).isEqualTo("LeadCapturado");
        assertThat(capturado.path("payload").path("nome").asText()).isEqualTo("Maria Souza");
        assertThat(capturado.path("payload").path("telefone").path("numero").asText()).isEqualTo("5511987654321");
        assertThat(capturado.path("payload").path("origem").asText()).isEqualTo("INSTAGRAM");
    }

    @Test
    void avancaNoFunilAteAgendarEResponde202ComAEtapa() {
        Empresa empresa = novaEmpresa();
        String id = capturarLead(empresa, DadosDaApi.celular());

        Resposta contatado = post("/api/leads/" + id + "/status", empresa.operador(),
                Map.of("etapa", "CONTATADO", "observacao", "Respondeu no direct"));
        Resposta agendado = post("/api/leads/" + id + "/status", empresa.operador(),
                Map.of("etapa", "AGENDADO", "dataHora", "2026-12-01T13:00:00Z", "procedimento", "Avaliação"));

        assertThat(contatado.status()).as(contatado.toString()).isEqualTo(202);
        assertThat(contatado.json().path("etapa").asText()).isEqualTo("CONTATADO");
        assertThat(agendado.status()).as(agendado.toString()).isEqualTo(202);
        assertThat(agendado.json().path("id").asText()).isEqualTo(id);
        List<JsonNode> eventos = historico(empresa, "lead", id);
        assertThat(eventos).extracting(e -> e.path("tipo").asText())
                .containsExactly("LeadCapturado", "LeadContatado", "LeadAgendado");
        assertThat(eventos.get(2).path("payload").path("dataHora").asText()).isEqualTo("2026-12-01T13:00:00Z");
    }

    @Test
    void recusaVoltarNoFunilCom409ESemMudarOLead() {
        Empresa empresa = novaEmpresa();
        String id = capturarLead(empresa, DadosDaApi.celular());
        post("/api/leads/" + id + "/status", empresa.operador(), Map.of("etapa", "QUALIFICADO"));

        Resposta resposta = post("/api/leads/" + id + "/status", empresa.operador(), Map.of("etapa", "CONTATADO"));

        assertProblema(resposta, 409, "ETAPA_INVALIDA");
        assertThat(tiposNoHistorico(empresa, "lead", id)).containsExactly("LeadCapturado", "LeadQualificado");
    }

    @Test
    void perdaEReaberturaExigemMotivo() {
        Empresa empresa = novaEmpresa();
        String id = capturarLead(empresa, DadosDaApi.celular());

        assertProblema(post("/api/leads/" + id + "/status", empresa.operador(), Map.of("etapa", "PERDIDO")),
                400, "MOTIVO_OBRIGATORIO");
        assertThat(post("/api/leads/" + id + "/status", empresa.operador(),
                Map.of("etapa", "PERDIDO", "motivo", "Sem interesse agora")).status()).isEqualTo(202);
        assertProblema(post("/api/leads/" + id + "/status", empresa.operador(),
                Map.of("etapa", "REABERTO", "motivo", " ")), 400, "MOTIVO_OBRIGATORIO");
        assertThat(post("/api/leads/" + id + "/status", empresa.operador(),
                Map.of("etapa", "REABERTO", "motivo", "Voltou a chamar")).status()).isEqualTo(202);

        assertThat(tiposNoHistorico(empresa, "lead", id)).containsExactly("LeadCapturado", "LeadPerdido", "LeadReaberto");
    }

    @Test
    void agendamentoSemDataHoraResponde400() {
        Empresa empresa = novaEmpresa();
        String id = capturarLead(empresa, DadosDaApi.celular());

        Resposta resposta = post("/api/leads/" + id + "/status", empresa.operador(), Map.of("etapa", "AGENDADO"));

        assertProblema(resposta, 400, "DATA_HORA_OBRIGATORIA");
        assertThat(tiposNoHistorico(empresa, "lead", id)).containsExactly("LeadCapturado");
    }

    @Test
    void telefoneDeOutroLeadEmAbertoResponde409EsoLiberaQuandoOLeadEhPerdido() {
        Empresa empresa = novaEmpresa();
        String primeiro = capturarLead(empresa, "11 98888-7777");
        long eventosAntes = eventosDoTenant(empresa);

        Resposta duplicado = post("/api/leads", empresa.operador(), DadosDaApi.lead("Outra pessoa", "+55 (11) 98888-7777"));

        assertProblema(duplicado, 409, "TELEFONE_DUPLICADO");
        assertThat(duplicado.body()).doesNotContain("98888-7777");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);

        post("/api/leads/" + primeiro + "/status", empresa.operador(), Map.of("etapa", "PERDIDO", "motivo", "Desistiu"));
        assertThat(post("/api/leads", empresa.operador(), DadosDaApi.lead("Outra pessoa", "11988887777")).status())
                .isEqualTo(201);
    }

    @Test
    void conversaoResponde202EOClienteEhCadastradoComOsDadosDoLead() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, "(21) 99876-5432");
        String cpf = DadosDaApi.cpf();

        Resposta resposta = post("/api/leads/" + leadId + "/conversao", empresa.operador(),
                Map.of("cpf", DadosDaApi.cpfFormatado(cpf)));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(202);
        assertThat(resposta.json().path("id").asText()).isEqualTo(leadId);
        String clienteId = resposta.json().path("clienteId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/auditoria/cliente/" + clienteId + "/eventos", empresa.admin()).status())
                        .isEqualTo(200));
        JsonNode cadastrado = historico(empresa, "cliente", clienteId).get(0);
        assertThat(cadastrado.path("tipo").asText()).isEqualTo("ClienteCadastrado");
        assertThat(cadastrado.path("payload").path("cpf").asText()).isEqualTo(cpf);
        assertThat(cadastrado.path("payload").path("nome").asText()).isEqualTo("Maria Souza");
        assertThat(cadastrado.path("payload").path("whatsapp").path("numero").asText()).isEqualTo("5521998765432");
        assertThat(cadastrado.path("payload").path("leadOrigem").asText()).isEqualTo(leadId);
        assertThat(tiposNoHistorico(empresa, "lead", leadId)).containsExactly("LeadCapturado", "LeadConvertido");
    }

    @Test
    void conversaoComCpfInvalidoResponde400ENaoConverte() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());

        Resposta resposta = post("/api/leads/" + leadId + "/conversao", empresa.operador(),
                Map.of("cpf", "123.456.789-00"));

        assertProblema(resposta, 400, "CPF_INVALIDO");
        assertThat(tiposNoHistorico(empresa, "lead", leadId)).containsExactly("LeadCapturado");
    }

    @Test
    void conversaoComCpfDeClienteExistenteResponde409ENaoConverte() {
        Empresa empresa = novaEmpresa();
        String cpf = DadosDaApi.cpf();
        cadastrarCliente(empresa, cpf);
        String leadId = capturarLead(empresa, DadosDaApi.celular());

        Resposta resposta = post("/api/leads/" + leadId + "/conversao", empresa.operador(), Map.of("cpf", cpf));

        assertProblema(resposta, 409, "CPF_DUPLICADO");
        assertThat(resposta.body()).doesNotContain(cpf);
        assertThat(tiposNoHistorico(empresa, "lead", leadId)).containsExactly("LeadCapturado");
    }

    @Test
    void leadComTelefoneFixoEhCapturadoEListado() {
        Empresa empresa = novaEmpresa();
        String fixo = DadosDaApi.fixo();
        String numero = "55" + fixo.replaceAll("\\D", "");

        Resposta resposta = post("/api/leads", empresa.operador(), DadosDaApi.lead("Clínica Sorriso", fixo));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        String id = resposta.json().path("id").asText();
        JsonNode capturado = historico(empresa, "lead", id).get(0);
        assertThat(capturado.path("payload").path("telefone").path("numero").asText()).isEqualTo(numero);
        assertThat(capturado.path("payload").path("telefone").path("original").asText()).isEqualTo(fixo);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode lista = get("/api/leads", empresa.operador()).json();
            assertThat(lista.path("items").findValuesAsText("telefone")).containsExactly("+" + numero);
            assertThat(get("/api/leads/" + id, empresa.operador()).json().path("telefone").asText())
                    .isEqualTo("+" + numero);
        });
    }

    @Test
    void telefoneFixoDeOutroLeadEmAbertoResponde409ComoCelular() {
        Empresa empresa = novaEmpresa();
        String fixo = DadosDaApi.fixo();
        capturarLead(empresa, fixo);
        long eventosAntes = eventosDoTenant(empresa);

        Resposta duplicado = post("/api/leads", empresa.operador(),
                DadosDaApi.lead("Outra pessoa", "+55 " + fixo.replaceAll("\\D", "")));

        assertProblema(duplicado, 409, "TELEFONE_DUPLICADO");
        assertThat(duplicado.body()).doesNotContain(fixo.substring(5));
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
        assertThat(post("/api/leads", novaEmpresa().operador(), DadosDaApi.lead("Em outra empresa", fixo)).status())
                .isEqualTo(201);
    }

    @Test
    void conversaoDeLeadComTelefoneFixoCadastraClienteSemWhatsapp() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.fixo());

        Resposta resposta = post("/api/leads/" + leadId + "/conversao", empresa.operador(),
                Map.of("cpf", DadosDaApi.cpf()));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(202);
        String clienteId = resposta.json().path("clienteId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/auditoria/cliente/" + clienteId + "/eventos", empresa.admin()).status())
                        .isEqualTo(200));
        JsonNode cadastrado = historico(empresa, "cliente", clienteId).get(0);
        assertThat(cadastrado.path("tipo").asText()).isEqualTo("ClienteCadastrado");
        assertThat(cadastrado.path("payload").path("whatsapp").isNull()).as(cadastrado.toString()).isTrue();
        assertThat(cadastrado.path("payload").path("leadOrigem").asText()).isEqualTo(leadId);
        String boletoId = registrarBoleto(empresa, clienteId, "150.50");
        assertProblema(post("/api/boletos/" + boletoId + "/disparos", empresa.operador(), Map.of("semAnexo", true)),
                422, "CLIENTE_SEM_WHATSAPP");
    }

    @Test
    void leadGravadoAntesDosTelefonesFixosCarregaEConverteComWhatsapp() {
        Empresa empresa = novaEmpresa();
        String gravadoPelaApi = capturarLead(empresa, DadosDaApi.celular());
        String leadId = UUID.randomUUID().toString();
        // Exactly what LeadCapturado stored when its telefone was a TelefoneWhatsapp, with no revision.
        String payload = """
                {"leadId":"%s","tenantId":"%s","nome":"Lead Antigo","telefone":{"numero":"5511987650000",\
                "original":"(11) 98765-0000"},"email":null,"origem":"SITE","interesse":null}"""
                .formatted(leadId, empresa.tenantId());
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                  payload, payloadrevision, payloadtype, timestamp)
                SELECT ?, 0, type, ?, metadata, ?, NULL, payloadtype, timestamp
                FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0""",
                leadId, UUID.randomUUID().toString(), payload.getBytes(StandardCharsets.UTF_8), gravadoPelaApi);

        assertThat(post("/api/leads/" + leadId + "/status", empresa.operador(), Map.of("etapa", "CONTATADO"))
                .status()).isEqualTo(202);
        Resposta convertido = post("/api/leads/" + leadId + "/conversao", empresa.operador(),
                Map.of("cpf", DadosDaApi.cpf()));

        assertThat(convertido.status()).as(convertido.toString()).isEqualTo(202);
        String clienteId = convertido.json().path("clienteId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/auditoria/cliente/" + clienteId + "/eventos", empresa.admin()).status())
                        .isEqualTo(200));
        assertThat(historico(empresa, "cliente", clienteId).get(0).path("payload").path("whatsapp").path("numero")
                .asText()).isEqualTo("5511987650000");
        assertThat(historico(empresa, "lead", leadId).get(2).path("payload").path("telefone").path("numero").asText())
                .isEqualTo("5511987650000");
    }

    @Test
    void leadInexistenteResponde404() {
        Empresa empresa = novaEmpresa();

        Resposta resposta = post("/api/leads/7d6f7c1e-0b7a-4a53-9a4e-3f0f1b2c3d4e/status", empresa.operador(),
                Map.of("etapa", "CONTATADO"));

        assertProblema(resposta, 404, "NAO_ENCONTRADO");
    }

    @Test
    void entradasMalFormadasRespondem400SemCriarNada() {
        Empresa empresa = novaEmpresa();
        String id = capturarLead(empresa, DadosDaApi.celular());
        long eventosAntes = eventosDoTenant(empresa);
        String token = empresa.operador();

        assertProblema(post("/api/leads", token, Map.of("telefone", "11987654321", "origem", "SITE")),
                400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads", token, Map.of("nome", "Ana", "telefone", "11987654321", "origem", "TIKTOK")),
                400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads", token, Map.of("nome", "x".repeat(1_000_000), "telefone", "11987654322",
                "origem", "SITE")), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads", token, Map.of("nome", Map.of("primeiro", "Ana"), "telefone", "11987654323",
                "origem", "SITE")), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads", token, DadosDaApi.lead("Ana", "(11) 1333-4444")), 400, "TELEFONE_INVALIDO");
        assertProblema(post("/api/leads", token, DadosDaApi.lead("Ana", "abc")), 400, "TELEFONE_INVALIDO");
        assertProblema(postRaw("/api/leads", token, "application/json", "{\"nome\": \"Ana\", "), 400,
                "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads/nao-e-uuid/status", token, Map.of("etapa", "CONTATADO")), 400, "ID_INVALIDO");
        assertProblema(post("/api/leads/" + id + "/status", token, Map.of("etapa", "CONVERTIDO")), 400,
                "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads/" + id + "/status", token, Map.of("etapa", "CONTATADO",
                "observacao", "y".repeat(2001))), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/leads/" + id + "/status", token, Map.of("etapa", "AGENDADO",
                "dataHora", "amanhã às dez")), 400, "REQUISICAO_INVALIDA");

        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void camposObrigatoriosAusentesSaoListadosNoProblema() {
        Empresa empresa = novaEmpresa();

        Resposta resposta = post("/api/leads", empresa.operador(), Map.of());

        assertProblema(resposta, 400, "REQUISICAO_INVALIDA");
        assertThat(resposta.json().path("errors").findValuesAsText("campo"))
                .contains("nome", "telefone", "origem");
    }
}
