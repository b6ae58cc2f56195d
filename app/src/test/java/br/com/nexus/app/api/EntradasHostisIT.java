package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.lead.LeadCapturado;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Inputs a careless or hostile caller sends: none may answer 500 or change anything. */
class EntradasHostisIT extends ApiIT {

    @Test
    void idDeOutroTipoDeAgregadoResponde404ComoIdInexistente() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "150.50");
        long antes = eventosDoTenant(empresa);

        assertProblema(post("/api/clientes/" + leadId + "/opt-in", empresa.operador(), Map.of()), 404, "NAO_ENCONTRADO");
        assertProblema(post("/api/boletos/" + clienteId + "/cancelamento", empresa.operador(),
                Map.of("motivo", "teste")), 404, "NAO_ENCONTRADO");
        assertProblema(post("/api/leads/" + boletoId + "/status", empresa.operador(),
                Map.of("etapa", "CONTATADO")), 404, "NAO_ENCONTRADO");

        assertThat(eventosDoTenant(empresa)).isEqualTo(antes);
    }

    @Test
    void mesmoTelefoneDeOitoThreadsAoMesmoTempoCriaUmLeadSo() throws Exception {
        Empresa empresa = novaEmpresa();
        String telefone = DadosDaApi.celular();
        int threads = 8;
        CountDownLatch largada = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Resposta>> respostas = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Resposta> tarefa = () -> {
                    largada.await();
                    return post("/api/leads", empresa.operador(), DadosDaApi.lead("Lead " + n, telefone));
                };
                respostas.add(pool.submit(tarefa));
            }
            largada.countDown();
            List<Integer> status = new ArrayList<>();
            for (Future<Resposta> r : respostas) {
                status.add(r.get().status());
            }
            assertThat(status).filteredOn(s -> s == 201).hasSize(1);
            assertThat(status).filteredOn(s -> s == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventosDoTipo(LeadCapturado.class, empresa.tenantId())).isEqualTo(1);
    }

    @Test
    void chaveRepetidaNoJsonRespondeComoRequisicaoInvalidaEmTodaFamiliaDeEscrita() {
        Empresa empresa = novaEmpresa();
        String leadId = capturarLead(empresa, DadosDaApi.celular());
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String boletoId = registrarBoleto(empresa, clienteId, "150.50");
        long antes = eventosDoTenant(empresa);
        String[][] escritas = {
                {"POST", "/api/leads", empresa.operador(),
                        "{\"nome\":\"Maria\",\"nome\":\"Joana\",\"telefone\":\"11987654321\",\"origem\":\"SITE\"}"},
                {"POST", "/api/leads/" + leadId + "/conversao", empresa.operador(),
                        "{\"cpf\":\"" + DadosDaApi.cpf() + "\",\"cpf\":\"" + DadosDaApi.cpf() + "\"}"},
                {"POST", "/api/leads/" + leadId + "/status", empresa.operador(),
                        "{\"etapa\":\"CONTATADO\",\"etapa\":\"PERDIDO\"}"},
                {"POST", "/api/clientes", empresa.operador(), "{\"nome\":\"A\",\"nome\":\"B\"}"},
                {"PUT", "/api/clientes/" + clienteId, empresa.operador(), "{\"email\":\"a@b.com\",\"email\":\"c@d.com\"}"},
                {"POST", "/api/boletos", empresa.operador(), "{\"valor\":\"1.00\",\"valor\":\"2.00\"}"},
                {"POST", "/api/boletos/" + boletoId + "/disparos", empresa.operador(), "{\"a\":1,\"a\":2}"},
                {"POST", "/api/boletos/" + boletoId + "/cancelamento", empresa.operador(),
                        "{\"motivo\":\"x\",\"motivo\":\"y\"}"},
                {"POST", "/api/pagamentos", empresa.operador(), "{\"valor\":\"1.00\",\"valor\":\"2.00\"}"},
                {"POST", "/api/pagamentos/cobrancas", empresa.operador(), "{\"boletoId\":\"x\",\"boletoId\":\"y\"}"},
                {"PUT", "/api/configuracoes/regua", empresa.admin(), "{\"etapas\":[],\"etapas\":[]}"},
                {"PUT", "/api/integracoes/asaas", empresa.admin(), "{\"ativo\":true,\"ativo\":false}"},
                {"POST", "/api/whatsapp/modelos", empresa.admin(), "{\"nome\":\"a\",\"nome\":\"b\"}"},
                {"POST", "/api/usuarios", empresa.admin(), "{\"papel\":\"ADMIN\",\"papel\":\"AUDITOR\"}"},
                {"POST", "/api/auth/login", null, "{\"email\":\"a@b.com\",\"email\":\"c@d.com\",\"senha\":\"x\"}"}};

        for (String[] escrita : escritas) {
            Resposta resposta = send(request(escrita[1], escrita[2]).header("Content-Type", "application/json")
                    .method(escrita[0], HttpRequest.BodyPublishers.ofString(escrita[3])));
            assertProblema(resposta, 400, "REQUISICAO_INVALIDA");
            assertThat(resposta.json().path("detail").asText()).as(escrita[1]).contains("repetid");
        }
        assertThat(eventosDoTenant(empresa)).isEqualTo(antes);
    }

    @Test
    void todoErroEProblemJsonNossoSemTextoDoFramework() {
        Empresa empresa = novaEmpresa();
        String[][] casos = {
                {"/api/clientes/a%2fb", "400"},
                {"/api/clientes/a%2Fb/timeline", "400"},
                {"/api//usuarios", "400"},
                {"/api/leads;x=1", "400"},
                {"/api/relatorios/mensal.pdf?mes=-999999999-01", "400"},
                {"/api/relatorios/mensal.pdf?mes=99999-01", "400"},
                {"/api/nao-existe", "404"},
                {"/api/leads/" + UUID.randomUUID() + "/nada", "404"}};

        for (String[] caso : casos) {
            Resposta resposta = get(caso[0], empresa.admin());
            assertThat(resposta.status()).as(caso[0] + " " + resposta.body()).isEqualTo(Integer.parseInt(caso[1]));
            assertSemTextoDeFramework(resposta, caso[0]);
        }
        Resposta enorme = postArquivo("/api/clientes/importacao", empresa.admin(), "arquivo", "clientes.csv",
                "text/csv", new byte[12 * 1024 * 1024]);
        assertThat(enorme.status()).isEqualTo(413);
        assertSemTextoDeFramework(enorme, "413");
    }

    @Test
    void respostasTrazemOsCabecalhosDeEndurecimento() {
        Empresa empresa = novaEmpresa();

        for (Resposta resposta : List.of(get("/api/dashboard", empresa.operador()), get("/api/leads", null),
                get("/actuator/health", null))) {
            assertThat(resposta.header("Strict-Transport-Security")).contains("max-age=31536000");
            assertThat(resposta.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(resposta.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    private static void assertSemTextoDeFramework(Resposta resposta, String caso) {
        assertThat(resposta.contentType()).as(caso).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).as(caso).isNotBlank();
        assertThat(resposta.body()).as(caso).doesNotContain("ProblemDetail", "about:blank", "Exception",
                "No static resource", "<html", "timestamp", "org.springframework", "java.");
    }

    @Test
    void caractereNuloEmTextoRespondeComoRequisicaoInvalida() {
        Empresa empresa = novaEmpresa();
        long antes = eventosDoTenant(empresa);

        assertProblema(post("/api/leads", empresa.operador(),
                DadosDaApi.lead("Maria\u0000Souza", DadosDaApi.celular())), 400, "REQUISICAO_INVALIDA");
        assertProblema(post("/api/auth/login", null, Map.of("email", "a\u0000@b.com", "senha", "x")),
                400, "REQUISICAO_INVALIDA");
        assertProblema(get("/api/clientes?nome=a%00b", empresa.operador()), 400, "REQUISICAO_INVALIDA");

        assertThat(eventosDoTenant(empresa)).isEqualTo(antes);
    }
}
