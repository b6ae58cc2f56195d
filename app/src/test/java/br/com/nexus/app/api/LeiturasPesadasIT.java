package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reports and long pages are limited per user (30 a minute by default), so one reader cannot slow
 * the others down; ordinary reads are never counted. The firm-wide ceiling is in the filter's test.
 */
class LeiturasPesadasIT extends ApiIT {

    private static final String PAGINA_GRANDE = "/api/clientes?size=51";

    @Test
    void quemPedePaginasGrandesDemaisRecebe429EOsOutrosSeguem() {
        Empresa empresa = novaEmpresa();
        Empresa outra = novaEmpresa();

        int atendidas = 0;
        Resposta recusada = get(PAGINA_GRANDE, empresa.auditor());
        while (recusada.status() == 200 && atendidas < 60) {
            atendidas++;
            recusada = get(PAGINA_GRANDE, empresa.auditor());
        }

        // 30 a minute, refilled as time goes: a slow machine may fit a few more in before the refusal.
        assertThat(atendidas).isBetween(30, 45);

        assertProblema(recusada, 429, "MUITAS_LEITURAS_PESADAS");
        assertThat(Long.parseLong(recusada.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(get("/api/clientes?size=50", empresa.auditor()).status()).isEqualTo(200);
        assertThat(get(PAGINA_GRANDE, empresa.supervisor()).status()).isEqualTo(200);
        assertThat(get(PAGINA_GRANDE, outra.auditor()).status()).isEqualTo(200);
    }
}
