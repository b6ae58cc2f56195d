package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.axon.RetentativaAutomatica;
import br.com.nexus.app.support.Autenticacao;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The processors that act for the command side — a policy and a command-side projection — park an
 * event they fail on with its sequence only, while the rest of the group goes on; the automatic retry
 * waits its interval, counts each new failure, and once the cause is gone applies the event once.
 * The scheduled task runs the same retry every {@code verificacao}; here it is called with the clock
 * moved forward instead of waiting minutes.
 */
class RetentativaDeEventosComFalhaIT extends ApiIT {

    private static final String ENVENENADO = "Cliente Envenenado do Portal";

    @Autowired
    RetentativaAutomatica retentativa;

    @Test
    void politicaQueFalhaNumaConversaoParaSoEssaEARetentativaAutomaticaCadastraOClienteUmaVez() {
        Empresa empresa = novaEmpresa();
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));
        String cpf = DadosDaApi.cpf();
        String restricao = "cliente_cpf_sem_envenenado";
        jdbc.execute("ALTER TABLE cliente_cpf ADD CONSTRAINT " + restricao + " CHECK (cpf <> '" + cpf + "')");
        try {
            String lead = capturarLead(empresa, DadosDaApi.celular());
            String cliente = converter(empresa, lead, cpf);
            String outroCliente = converter(empresa, capturarLead(empresa, DadosDaApi.celular()), DadosDaApi.cpf());

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(get("/api/auditoria/cliente/" + outroCliente + "/eventos", empresa.admin()).status())
                        .isEqualTo(200);
                assertThat(letras(plataforma, "conversao-saga", lead)).hasSize(1);
            });
            assertThat(get("/api/auditoria/cliente/" + cliente + "/eventos", empresa.admin()).status())
                    .isEqualTo(404);
            JsonNode falhou = letras(plataforma, "conversao-saga", lead).get(0);
            assertThat(falhou.path("tipoDoEvento").asText()).isEqualTo("LeadConvertido");
            assertThat(falhou.path("agregadoId").asText()).isEqualTo(lead);
            assertThat(falhou.path("situacao").asText()).isEqualTo("FALHOU");
            assertThat(falhou.path("tentativas").asInt()).isEqualTo(1);
            assertThat(falhou.path("erro").path("mensagem").asText()).contains(restricao).doesNotContain(cpf);
            assertThat(espera(falhou)).isEqualTo(Duration.ofMinutes(1));
            assertThat(medidaDeEventosComFalha(plataforma, "conversao-saga")).isGreaterThanOrEqualTo(1);

            retentativa.retentarVencidas(Instant.now());
            assertThat(letras(plataforma, "conversao-saga", lead).get(0).path("tentativas").asInt())
                    .as("antes do intervalo, nada é tentado").isEqualTo(1);

            retentativa.retentarVencidas(Instant.now().plus(Duration.ofMinutes(2)));
            JsonNode deNovo = letras(plataforma, "conversao-saga", lead).get(0);
            assertThat(deNovo.path("tentativas").asInt()).isEqualTo(2);
            assertThat(espera(deNovo)).isEqualTo(Duration.ofMinutes(5));

            jdbc.execute("ALTER TABLE cliente_cpf DROP CONSTRAINT " + restricao);
            retentativa.retentarVencidas(Instant.now().plus(Duration.ofMinutes(10)));
            assertThat(letras(plataforma, "conversao-saga", lead)).isEmpty();
            retentativa.retentarVencidas(Instant.now().plus(Duration.ofHours(2)));
            assertThat(tiposNoHistorico(empresa, "cliente", cliente)).containsExactly("ClienteCadastrado");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM cliente_cpf WHERE tenant_id = ?::uuid AND cpf = ?",
                    Long.class, empresa.tenantId(), cpf)).isEqualTo(1);
        } finally {
            jdbc.execute("ALTER TABLE cliente_cpf DROP CONSTRAINT IF EXISTS " + restricao);
        }
    }

    @Test
    void projecaoDoLadoDosComandosParaASequenciaDoClienteEARetentativaAplicaNaOrdem() {
        Empresa empresa = novaEmpresa();
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));
        String restricao = "portal_cliente_sem_envenenado";
        jdbc.execute("ALTER TABLE portal_cliente ADD CONSTRAINT " + restricao + " CHECK (nome <> '" + ENVENENADO
                + "')");
        try {
            Vizinhos clientes = cadastrarEntreVizinhos(empresa, ENVENENADO);
            String envenenado = clientes.envenenado();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(nomeNoPortal(empresa, clientes.antes())).containsExactly("Ana Bezerra");
                assertThat(nomeNoPortal(empresa, clientes.depois())).containsExactly("Bruno Castro");
                assertThat(letras(plataforma, "portal-clientes", envenenado)).hasSize(2);
            });
            assertThat(nomeNoPortal(empresa, envenenado)).isEmpty();
            List<JsonNode> parados = letras(plataforma, "portal-clientes", envenenado);
            assertThat(parados.get(0).path("tipoDoEvento").asText()).isEqualTo("ClienteCadastrado");
            assertThat(parados.get(0).path("situacao").asText()).isEqualTo("FALHOU");
            assertThat(parados.get(1).path("tipoDoEvento").asText()).isEqualTo("ClienteAtualizado");
            assertThat(parados.get(1).path("situacao").asText()).isEqualTo("AGUARDANDO_ANTERIOR");
            assertThat(parados.get(1).hasNonNull("proximaTentativa")).isFalse();
            assertThat(medidaDeEventosComFalha(plataforma, "portal-clientes")).isGreaterThanOrEqualTo(2);

            jdbc.execute("ALTER TABLE portal_cliente DROP CONSTRAINT " + restricao);
            retentativa.retentarVencidas(Instant.now().plus(Duration.ofMinutes(2)));

            assertThat(letras(plataforma, "portal-clientes", envenenado)).isEmpty();
            assertThat(nomeNoPortal(empresa, envenenado)).as("o cadastro, e a alteração que esperava atrás dele")
                    .containsExactly("Clara Nunes");
        } finally {
            jdbc.execute("ALTER TABLE portal_cliente DROP CONSTRAINT IF EXISTS " + restricao);
        }
    }

    private String converter(Empresa empresa, String lead, String cpf) {
        Resposta resposta = post("/api/leads/" + lead + "/conversao", empresa.operador(), Map.of("cpf", cpf));
        assertThat(resposta.status()).as(resposta.toString()).isBetween(200, 202);
        return resposta.json().path("clienteId").asText();
    }

    private List<String> nomeNoPortal(Empresa empresa, String cliente) {
        return jdbc.queryForList("SELECT nome FROM portal_cliente WHERE tenant_id = ?::uuid AND cliente_id = ?::uuid",
                String.class, empresa.tenantId(), cliente);
    }

    private static Duration espera(JsonNode letra) {
        return Duration.between(Instant.parse(letra.path("ultimaFalha").asText()),
                Instant.parse(letra.path("proximaTentativa").asText()));
    }

    private List<JsonNode> letras(String plataforma, String grupo, String sequencia) {
        return eventosComFalha(plataforma, grupo, "sequencia", sequencia);
    }
}
