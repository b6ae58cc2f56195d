package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A read model that cannot apply one event parks that event, and the later events of the same
 * cliente behind it, while the rest of the group goes on; once the cause is fixed the platform
 * reprocesses it and the read model catches up.
 */
class EventosComFalhaIT extends ApiIT {

    private static final String ENVENENADO = "Cliente Envenenado";
    private static final String RESTRICAO = "consulta_cliente_sem_envenenado";

    @Test
    void eventoQueAProjecaoNaoAplicaFicaParadoComASuaSequenciaEOGrupoSegue() {
        Empresa empresa = novaEmpresa();
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));
        jdbc.execute("ALTER TABLE consulta_cliente ADD CONSTRAINT " + RESTRICAO + " CHECK (nome <> '" + ENVENENADO
                + "')");
        try {
            Vizinhos clientes = cadastrarEntreVizinhos(empresa, ENVENENADO);
            String ana = clientes.antes();
            String envenenado = clientes.envenenado();
            String bruno = clientes.depois();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(get("/api/clientes/" + ana, empresa.operador()).status()).isEqualTo(200);
                assertThat(get("/api/clientes/" + bruno, empresa.operador()).status()).isEqualTo(200);
                assertThat(daSequencia(plataforma, envenenado)).hasSize(2);
            });
            assertThat(get("/api/clientes/" + envenenado, empresa.operador()).status()).isEqualTo(404);
            List<JsonNode> parados = daSequencia(plataforma, envenenado);
            JsonNode falhou = parados.get(0);
            assertThat(falhou.path("grupo").asText()).isEqualTo("listas");
            assertThat(falhou.path("tipoDoEvento").asText()).isEqualTo("ClienteCadastrado");
            assertThat(falhou.path("agregadoId").asText()).isEqualTo(envenenado);
            assertThat(falhou.path("situacao").asText()).isEqualTo("FALHOU");
            assertThat(falhou.path("tentativas").asInt()).isEqualTo(1);
            assertThat(falhou.path("erro").path("mensagem").asText()).contains(RESTRICAO)
                    .doesNotContain("Failing row").doesNotContain(ENVENENADO);
            assertThat(falhou.path("primeiraFalha").asText()).isNotBlank();
            JsonNode aguardando = parados.get(1);
            assertThat(aguardando.path("tipoDoEvento").asText()).isEqualTo("ClienteAtualizado");
            assertThat(aguardando.path("situacao").asText()).isEqualTo("AGUARDANDO_ANTERIOR");
            assertThat(aguardando.path("posicaoNaSequencia").asLong())
                    .isGreaterThan(falhou.path("posicaoNaSequencia").asLong());

            assertThat(medidaDeEventosComFalha(plataforma, "listas")).isGreaterThanOrEqualTo(2);

            String id = falhou.path("id").asText();
            assertThat(get("/api/admin/eventos-com-falha", empresa.admin()).status()).isEqualTo(403);
            assertThat(post("/api/admin/eventos-com-falha/" + id + "/reprocessamento", empresa.admin(), null)
                    .status()).isEqualTo(403);
            assertThat(delete("/api/admin/eventos-com-falha/" + id, empresa.admin()).status()).isEqualTo(403);
            assertProblema(post("/api/admin/eventos-com-falha/nao-existe/reprocessamento", plataforma, null), 404,
                    "EVENTO_COM_FALHA_NAO_ENCONTRADO");

            Resposta aindaComDefeito = post("/api/admin/eventos-com-falha/" + id + "/reprocessamento", plataforma,
                    null);
            assertThat(aindaComDefeito.status()).as(aindaComDefeito.toString()).isEqualTo(200);
            assertThat(aindaComDefeito.json().path("resultado").asText()).isEqualTo("FALHOU_DE_NOVO");
            assertThat(daSequencia(plataforma, envenenado).get(0).path("tentativas").asInt()).isEqualTo(2);

            String descartado = cadastrarClienteChamado(empresa, ENVENENADO);
            await().atMost(Duration.ofSeconds(60)).until(() -> daSequencia(plataforma, descartado).size() == 1);
            String idDescartado = daSequencia(plataforma, descartado).get(0).path("id").asText();
            assertThat(delete("/api/admin/eventos-com-falha/" + idDescartado, plataforma).status()).isEqualTo(204);
            assertThat(daSequencia(plataforma, descartado)).isEmpty();
            assertProblema(delete("/api/admin/eventos-com-falha/" + idDescartado, plataforma), 404,
                    "EVENTO_COM_FALHA_NAO_ENCONTRADO");

            jdbc.execute("ALTER TABLE consulta_cliente DROP CONSTRAINT " + RESTRICAO);
            Resposta reprocessado = post("/api/admin/eventos-com-falha/" + id + "/reprocessamento", plataforma, null);
            assertThat(reprocessado.status()).as(reprocessado.toString()).isEqualTo(200);
            assertThat(reprocessado.json().path("resultado").asText()).isEqualTo("REPROCESSADO");
            assertThat(reprocessado.json().path("restantesNaSequencia").asInt()).isZero();
            assertThat(daSequencia(plataforma, envenenado)).isEmpty();
            Resposta cliente = get("/api/clientes/" + envenenado, empresa.operador());
            assertThat(cliente.status()).isEqualTo(200);
            assertThat(cliente.json().path("nome").asText()).as("a alteração que esperava também chegou")
                    .isEqualTo("Clara Nunes");
        } finally {
            jdbc.execute("ALTER TABLE consulta_cliente DROP CONSTRAINT IF EXISTS " + RESTRICAO);
        }
    }

    @Test
    void grupoSemFilaOuDesconhecidoNaoEReprocessado() {
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));

        assertProblema(post("/api/admin/eventos-com-falha/reprocessamento?grupo=cobranca-saga", plataforma, null),
                404, "GRUPO_SEM_FILA_DE_FALHAS");
        Resposta grupo = post("/api/admin/eventos-com-falha/reprocessamento?grupo=listas", plataforma, null);
        assertThat(grupo.status()).as(grupo.toString()).isEqualTo(200);
        assertThat(grupo.json().path("grupo").asText()).isEqualTo("listas");
    }

    private List<JsonNode> daSequencia(String plataforma, String agregadoId) {
        return eventosComFalha(plataforma, "listas", "sequencia", agregadoId);
    }
}
