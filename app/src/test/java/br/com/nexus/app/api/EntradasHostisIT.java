package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Long leads = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'br.com.nexus.kernel.lead.LeadCapturado'
                  AND position(? in convert_from(payload, 'UTF8')) > 0""", Long.class, empresa.tenantId());
        assertThat(leads).isEqualTo(1);
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
