package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.EventosGravados;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the command API tests share: a fresh tenant per test, the audit trail and problem checks. */
abstract class ApiIT extends IntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * The policies start at the head of the stream, taken when their processor first claims its
     * segment, shortly after the application starts; events published before would not be theirs.
     */
    @BeforeEach
    void esperarPoliticasEmPosicao() {
        aguardarProcessadores("conversao-saga", "pagamento-boleto");
    }

    /** A tenant of its own with one user per role, each logged in. */
    protected record Empresa(String tenantId, Map<Papel, String> tokens, Map<Papel, String> usuarioIds) {

        String admin() {
            return tokens.get(Papel.ADMIN);
        }

        String operador() {
            return tokens.get(Papel.OPERADOR);
        }

        String auditor() {
            return tokens.get(Papel.AUDITOR);
        }

        String supervisor() {
            return tokens.get(Papel.SUPERVISOR);
        }
    }

    protected Empresa novaEmpresa() {
        TenantDeTeste tenant = Autenticacao.novoTenant(url(""));
        Map<Papel, String> usuarioIds = new EnumMap<>(Papel.class);
        tenant.usuarios().forEach((papel, usuario) -> usuarioIds.put(papel, usuario.id().toString()));
        return new Empresa(tenant.tenantId().toString(), tenant.tokens(), usuarioIds);
    }

    protected String capturarLead(Empresa empresa, String telefone) {
        Resposta resposta = post("/api/leads", empresa.operador(), DadosDaApi.lead("Maria Souza", telefone));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    protected String cadastrarCliente(Empresa empresa, String cpf) {
        Resposta resposta = post("/api/clientes", empresa.operador(), DadosDaApi.cliente(cpf));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    protected String cadastrarClienteChamado(Empresa empresa, String nome) {
        Map<String, Object> cliente = DadosDaApi.cliente(DadosDaApi.cpf());
        cliente.put("nome", nome);
        Resposta resposta = post("/api/clientes", empresa.operador(), cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    /** Clientes registered around one a handler will fail on; then that one is renamed "Clara Nunes". */
    protected record Vizinhos(String antes, String envenenado, String depois) {
    }

    protected Vizinhos cadastrarEntreVizinhos(Empresa empresa, String nomeEnvenenado) {
        String antes = cadastrarClienteChamado(empresa, "Ana Bezerra");
        String envenenado = cadastrarClienteChamado(empresa, nomeEnvenenado);
        String depois = cadastrarClienteChamado(empresa, "Bruno Castro");
        Resposta atualizacao = put("/api/clientes/" + envenenado, empresa.operador(),
                Map.of("nome", "Clara Nunes", "whatsapp", DadosDaApi.celular()));
        assertThat(atualizacao.status()).as(atualizacao.toString()).isBetween(200, 204);
        return new Vizinhos(antes, envenenado, depois);
    }

    /** The group's dead letters (or a saga's stuck events) whose {@code campo} is {@code valor}, as the platform lists them. */
    protected List<JsonNode> eventosComFalha(String plataforma, String grupo, String campo, String valor) {
        Resposta resposta = get("/api/admin/eventos-com-falha?grupo=" + grupo, plataforma);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        List<JsonNode> eventos = new ArrayList<>();
        resposta.json().forEach(e -> {
            if (e.path(campo).asText().equals(valor)) {
                eventos.add(e);
            }
        });
        return eventos;
    }

    /** The gauge {@code nexus_eventos_com_falha} of the group (tests run without the Prometheus export). */
    protected double medidaDeEventosComFalha(String plataforma, String grupo) {
        Resposta metrica = get("/actuator/metrics/nexus.eventos.com.falha?tag=grupo:" + grupo, plataforma);
        assertThat(metrica.status()).as(metrica.toString()).isEqualTo(200);
        return metrica.json().path("measurements").get(0).path("value").asDouble();
    }

    protected String registrarBoleto(Empresa empresa, String clienteId, String valor) {
        Resposta resposta = post("/api/boletos", empresa.operador(), DadosDaApi.boletoPorLinha(clienteId, valor));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    /** The aggregate's history, read through the audit endpoint by the tenant's admin. */
    protected List<JsonNode> historico(Empresa empresa, String tipo, String id) {
        Resposta resposta = get("/api/auditoria/" + tipo + "/" + id + "/eventos", empresa.admin());
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        List<JsonNode> eventos = new ArrayList<>();
        resposta.json().forEach(eventos::add);
        return eventos;
    }

    protected List<String> tiposNoHistorico(Empresa empresa, String tipo, String id) {
        return historico(empresa, tipo, id).stream().map(e -> e.path("tipo").asText()).toList();
    }

    /** Every stored event that names the tenant: what "nothing changed" is measured by. */
    protected long eventosDoTenant(Empresa empresa) {
        return new EventosGravados(jdbc).mencionando(empresa.tenantId());
    }

    /** Stored events of this type that mention the text (a tenant's or an aggregate's id). */
    protected long eventosDoTipo(Class<?> tipo, String mencionando) {
        return new EventosGravados(jdbc).doTipo(tipo, mencionando);
    }

    protected static void assertProblema(Resposta resposta, int status, String code) {
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        JsonNode problema = resposta.json();
        assertThat(problema.path("code").asText()).as(resposta.toString()).isEqualTo(code);
        assertThat(problema.path("status").asInt()).isEqualTo(status);
        assertThat(problema.has("title")).isTrue();
        assertThat(problema.has("type")).isTrue();
    }
}
