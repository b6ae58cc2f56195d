package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.AplicacaoEmProcesso;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the running service with SIGKILL, as a crash or an OOM killer would, and starts it again on
 * the same data directory: it must come back (stopping the PostgreSQL the dead JVM left behind)
 * with every committed event.
 */
class ReinicioAposQuedaIT {

    private AplicacaoEmProcesso aplicacao;

    @AfterEach
    void encerrar() throws Exception {
        if (aplicacao != null) {
            aplicacao.close();
        }
    }

    @Test
    void voltaDepoisDeKillNoveComTodosOsEventos() throws Exception {
        aplicacao = AplicacaoEmProcesso.novo();
        aplicacao.iniciar();
        String leadId = criarLead(aplicacao.login());
        assertThat(eventosDoLead(aplicacao.login(), leadId)).hasSize(1);

        aplicacao.matar();
        Optional<ProcessHandle> orfao = aplicacao.postmaster();
        assertThat(orfao).as("o PostgreSQL do processo morto continua rodando").isPresent();

        aplicacao.iniciar();
        assertThat(orfao.get().isAlive()).as("o PostgreSQL órfão foi parado").isFalse();
        List<JsonNode> eventos = eventosDoLead(aplicacao.login(), leadId);
        assertThat(eventos).hasSize(1);
        assertThat(eventos.get(0).path("tipo").asText()).isEqualTo("LeadCapturado");
    }

    private String criarLead(String token) {
        JsonNode r = aplicacao.enviar("POST", "/api/leads", token,
                Map.of("nome", "Maria da Queda", "telefone", "(11) 98765-4321", "origem", "INSTAGRAM"), 201);
        return r.path("id").asText();
    }

    private List<JsonNode> eventosDoLead(String token, String leadId) {
        JsonNode r = aplicacao.get("/api/auditoria/lead/" + leadId + "/eventos", token);
        JsonNode lista = r.isArray() ? r : r.path("eventos");
        List<JsonNode> eventos = new ArrayList<>();
        lista.forEach(eventos::add);
        return eventos;
    }
}
