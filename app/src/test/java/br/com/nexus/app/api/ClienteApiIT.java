package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClienteApiIT extends ApiIT {

    @Test
    void cadastraClienteCom201ENormalizaCpfEWhatsapp() {
        Empresa empresa = novaEmpresa();
        String cpf = DadosDaApi.cpf();
        Map<String, Object> corpo = DadosDaApi.cliente(cpf);
        corpo.put("whatsapp", "+55 (31) 8765-4321");

        Resposta resposta = post("/api/clientes", empresa.operador(), corpo);

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        String id = resposta.json().path("id").asText();
        assertThat(resposta.header("Location")).endsWith("/api/clientes/" + id);
        JsonNode payload = historico(empresa, "cliente", id).get(0).path("payload");
        assertThat(payload.path("cpf").asText()).isEqualTo(cpf);
        assertThat(payload.path("whatsapp").path("numero").asText()).isEqualTo("5531987654321");
        assertThat(payload.path("endereco").path("cidade").asText()).isEqualTo("São Paulo");
        assertThat(payload.path("consorcio").path("grupo").asText()).isEqualTo("1234");
    }

    @Test
    void cpfInvalidoResponde400() {
        Empresa empresa = novaEmpresa();
        long eventosAntes = eventosDoTenant(empresa);
        Map<String, Object> corpo = DadosDaApi.cliente(DadosDaApi.cpf());
        corpo.put("cpf", "444.444.444-44");

        assertProblema(post("/api/clientes", empresa.operador(), corpo), 400, "CPF_INVALIDO");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }

    @Test
    void cpfRepetidoNaEmpresaResponde409MasOutraEmpresaPodeUsarOMesmoCpf() {
        Empresa empresa = novaEmpresa();
        Empresa outra = novaEmpresa();
        String cpf = DadosDaApi.cpf();
        cadastrarCliente(empresa, cpf);
        long eventosAntes = eventosDoTenant(empresa);

        Resposta repetido = post("/api/clientes", empresa.operador(), DadosDaApi.cliente(cpf));

        assertProblema(repetido, 409, "CPF_DUPLICADO");
        assertThat(repetido.body()).doesNotContain(cpf);
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
        assertThat(post("/api/clientes", outra.operador(), DadosDaApi.cliente(cpf)).status()).isEqualTo(201);
    }

    @Test
    void oitoCadastrosSimultaneosDoMesmoCpfCriamUmSoCliente() throws Exception {
        Empresa empresa = novaEmpresa();
        String cpf = DadosDaApi.cpf();
        int tentativas = 8;
        ExecutorService executor = Executors.newFixedThreadPool(tentativas);
        CountDownLatch largada = new CountDownLatch(1);
        List<Future<Resposta>> respostas = new ArrayList<>();
        try {
            for (int i = 0; i < tentativas; i++) {
                respostas.add(executor.submit(() -> {
                    largada.await();
                    return post("/api/clientes", empresa.operador(), DadosDaApi.cliente(cpf));
                }));
            }
            largada.countDown();
            List<Integer> status = new ArrayList<>();
            for (Future<Resposta> resposta : respostas) {
                Resposta r = resposta.get(60, TimeUnit.SECONDS);
                status.add(r.status());
                if (r.status() == 409) {
                    assertProblema(r, 409, "CPF_DUPLICADO");
                }
            }
            assertThat(status).containsOnly(201, 409);
            assertThat(status).filteredOn(s -> s == 201).hasSize(1);
            assertThat(status).filteredOn(s -> s == 409).hasSize(7);
        } finally {
            executor.shutdownNow();
        }
        Long registrados = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype LIKE '%ClienteCadastrado' AND position(? in convert_from(payload, 'UTF8')) > 0""",
                Long.class, empresa.tenantId());
        assertThat(registrados).isEqualTo(1);
    }

    @Test
    void atualizacaoOptOutOptInEInativacaoFicamNoHistorico() {
        Empresa empresa = novaEmpresa();
        String id = cadastrarCliente(empresa, DadosDaApi.cpf());
        Map<String, Object> novosDados = new HashMap<>(DadosDaApi.cliente(DadosDaApi.cpf()));
        novosDados.remove("cpf");
        novosDados.put("nome", "Joana Pereira da Silva");

        Resposta atualizado = put("/api/clientes/" + id, empresa.operador(), novosDados);
        Resposta optOut = post("/api/clientes/" + id + "/opt-out", empresa.operador(), Map.of("motivo", "Pediu"));
        Resposta optIn = post("/api/clientes/" + id + "/opt-in", empresa.operador(), null);
        Resposta inativado = post("/api/clientes/" + id + "/inativacao", empresa.operador(),
                Map.of("motivo", "Contrato quitado"));

        assertThat(List.of(atualizado.status(), optOut.status(), optIn.status(), inativado.status()))
                .as("%s %s %s %s", atualizado, optOut, optIn, inativado).containsOnly(202);
        assertThat(atualizado.json().path("id").asText()).isEqualTo(id);
        List<JsonNode> historico = historico(empresa, "cliente", id);
        assertThat(historico).extracting(e -> e.path("tipo").asText()).containsExactly("ClienteCadastrado",
                "ClienteAtualizado", "WhatsappOptOutRegistrado", "WhatsappOptInRegistrado", "ClienteInativado");
        assertThat(historico.get(1).path("payload").path("nome").asText()).isEqualTo("Joana Pereira da Silva");

        assertProblema(put("/api/clientes/" + id, empresa.operador(), novosDados), 409, "CLIENTE_INATIVO");
        assertThat(historico(empresa, "cliente", id)).hasSize(5);
    }

    @Test
    void entradasMalFormadasRespondem400SemCriarNada() {
        Empresa empresa = novaEmpresa();
        String id = cadastrarCliente(empresa, DadosDaApi.cpf());
        long eventosAntes = eventosDoTenant(empresa);
        String token = empresa.operador();
        Map<String, Object> nomeGigante = DadosDaApi.cliente(DadosDaApi.cpf());
        nomeGigante.put("nome", "n".repeat(1_000_000));
        Map<String, Object> whatsappFixo = DadosDaApi.cliente(DadosDaApi.cpf());
        whatsappFixo.put("whatsapp", "(11) 3333-4444");
        Map<String, Object> enderecoTexto = DadosDaApi.cliente(DadosDaApi.cpf());
        enderecoTexto.put("endereco", "Rua das Flores, 100");
        Map<String, Object> ufLonga = DadosDaApi.cliente(DadosDaApi.cpf());
        ufLonga.put("endereco", Map.of("uf", "São Paulo"));
        Map<String, Object> emailInvalido = DadosDaApi.cliente(DadosDaApi.cpf());
        emailInvalido.put("email", "não é e-mail");

        Resposta semCampos = post("/api/clientes", token, Map.of());
        assertProblema(semCampos, 400, "REQUISICAO_INVALIDA");
        assertThat(semCampos.json().path("errors").findValuesAsText("campo")).contains("cpf", "nome", "whatsapp");
        assertProblema(post("/api/clientes", token, nomeGigante), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/clientes", token, whatsappFixo), 400, "TELEFONE_FIXO");
        assertProblema(post("/api/clientes", token, enderecoTexto), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/clientes", token, ufLonga), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/clientes", token, emailInvalido), 400, "REQUISICAO_INVALIDA");
        assertProblema(postRaw("/api/clientes", token, "application/json", "[1, 2"), 400, "REQUISICAO_INVALIDA");
        assertProblema(put("/api/clientes/123", token, DadosDaApi.cliente(DadosDaApi.cpf())), 400, "ID_INVALIDO");
        assertProblema(post("/api/clientes/" + id + "/opt-out", token, Map.of()), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/clientes/" + id + "/inativacao", token, Map.of("motivo", "m".repeat(5000))), 400,
                "REQUISICAO_INVALIDA");

        assertThat(eventosDoTenant(empresa)).isEqualTo(eventosAntes);
    }
}
