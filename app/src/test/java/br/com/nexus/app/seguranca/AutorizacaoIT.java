package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role of each endpoint. Rules are checked before the request reaches a controller, so a
 * refusal is 403 whatever the body; an allowed request may still fail validation (400) or name
 * something that does not exist (404), which is why "allowed" is asserted as "neither 401 nor 403".
 * Allowed writes send malformed JSON, so they stop at 400 without changing anything.
 */
class AutorizacaoIT extends IntegrationTest {

    private TenantDeTeste empresa;
    private final String algumId = UUID.randomUUID().toString();

    @BeforeEach
    void novaEmpresa() {
        empresa = Autenticacao.novoTenant(url(""));
    }

    @Test
    void auditorLeMasQualquerEscritaResponde403() {
        String auditor = empresa.token(Papel.AUDITOR);

        assertThat(get("/api/conta", auditor).status()).isEqualTo(200);
        assertThat(get("/api/leads", auditor).status()).isNotIn(401, 403);
        assertThat(get("/api/auditoria/lead/" + algumId + "/eventos", auditor).status()).isNotIn(401, 403);
        assertThat(get("/api/relatorios/boletos.pdf", auditor).status()).isNotIn(401, 403);

        negado(post("/api/leads", auditor, Map.of()));
        negado(post("/api/clientes", auditor, Map.of()));
        negado(post("/api/boletos/" + algumId + "/disparos", auditor, Map.of()));
        negado(post("/api/pagamentos", auditor, Map.of()));
        negado(put("/api/clientes/" + algumId, auditor, Map.of()));
        negado(delete("/api/boletos/" + algumId, auditor));
        negado(post("/api/execucoes-download", auditor, Map.of()));
        negado(post("/api/auditoria/lead/" + algumId + "/eventos", auditor, Map.of()));
        negado(post("/api/usuarios", auditor, Map.of()));
        negado(post("/api/admin/tenants", auditor, Map.of()));
    }

    @Test
    void operadorEscreveNoDominioMasNaoAdministraNemImportaNemAudita() {
        String operador = empresa.token(Papel.OPERADOR);

        assertThat(malformado("/api/leads", operador).status()).isNotIn(401, 403);
        assertThat(malformado("/api/clientes", operador).status()).isNotIn(401, 403);
        assertThat(malformado("/api/pagamentos", operador).status()).isNotIn(401, 403);
        assertThat(malformado("/api/boletos", operador).status()).isNotIn(401, 403);

        negado(post("/api/admin/tenants", operador,
                Map.of("nome", "Invasora", "adminEmail", "x@invasora.test", "adminSenha", "Senha-Longa-123")));
        negado(post("/api/admin/projecoes/dashboard/replay", operador, Map.of()));
        negado(get("/api/usuarios", operador));
        negado(post("/api/usuarios", operador, Map.of()));
        negado(put("/api/integracoes/asaas", operador, Map.of()));
        negado(get("/api/integracoes/asaas", operador));
        negado(postRaw("/api/clientes/importacao", operador, "text/csv", "cpf;nome\n"));
        negado(post("/api/execucoes-download", operador, Map.of()));
        negado(get("/api/execucoes-download", operador));
        negado(get("/api/relatorios/boletos.xlsx", operador));
        negado(get("/api/auditoria/lead/" + algumId + "/eventos", operador));
    }

    @Test
    void supervisorTambemImportaExecutaDownloadsELeRelatoriosMasNaoAdministra() {
        String supervisor = empresa.token(Papel.SUPERVISOR);

        assertThat(malformado("/api/leads", supervisor).status()).isNotIn(401, 403);
        assertThat(malformado("/api/clientes/importacao", supervisor).status()).isNotIn(401, 403);
        assertThat(malformado("/api/execucoes-download", supervisor).status()).isNotIn(401, 403);
        assertThat(get("/api/relatorios/boletos.pdf", supervisor).status()).isNotIn(401, 403);

        negado(get("/api/usuarios", supervisor));
        negado(post("/api/admin/tenants", supervisor, Map.of()));
        negado(put("/api/integracoes/evolution", supervisor, Map.of()));
    }

    @Test
    void adminFazTudoNaPropriaEmpresa() {
        String admin = empresa.token(Papel.ADMIN);

        assertThat(get("/api/usuarios", admin).status()).isEqualTo(200);
        assertThat(malformado("/api/leads", admin).status()).isNotIn(401, 403);
        assertThat(malformado("/api/execucoes-download", admin).status()).isNotIn(401, 403);
        assertThat(get("/api/auditoria/lead/" + algumId + "/eventos", admin).status()).isNotIn(401, 403);
        assertThat(get("/api/integracoes/asaas", admin).status()).isNotIn(401, 403);
    }

    @Test
    void aOperacaoDaPlataformaNaoEDeNenhumAdministradorDeEmpresa() {
        String admin = empresa.token(Papel.ADMIN);

        negado(post("/api/admin/projecoes/dashboard/replay", admin, null));
        negado(get("/api/admin/projecoes", admin));
        negado(get("/api/admin/projecoes/dashboard", admin));
        negado(get("/api/admin/tenants", admin));
        negado(get("/actuator/prometheus", admin));
        negado(get("/actuator/metrics", admin));
        negado(get("/actuator/metrics/http.server.requests", admin));
    }

    @Test
    void aPlataformaOperaAInstalacaoMasNaoVeNemEscreveDadosDeEmpresa() {
        String plataforma = Autenticacao.tokenDoAdminInicial(url(""));

        assertThat(get("/api/admin/projecoes", plataforma).status()).isEqualTo(200);
        assertThat(get("/api/admin/tenants", plataforma).status()).isEqualTo(200);
        assertThat(get("/actuator/metrics", plataforma).status()).isEqualTo(200);
        assertThat(get("/api/conta", plataforma).status()).isEqualTo(200);
        negado(get("/api/leads", plataforma));
        negado(get("/api/dashboard", plataforma));
        negado(post("/api/leads", plataforma, Map.of("nome", "Maria", "telefone", "11987654321",
                "origem", "INSTAGRAM")));
        negado(get("/api/integracoes/asaas", plataforma));
    }

    @Test
    void papeisDaPlataformaEDeEmpresaNaoSeMisturam() {
        Resposta plataformaNaEmpresa = post("/api/usuarios", empresa.token(Papel.ADMIN), Map.of("email",
                "op-" + algumId + "@plataforma.test", "nome", "Intrusa", "senha", "Senha-Longa-123",
                "papel", "PLATAFORMA"));
        Resposta adminNaPlataforma = post("/api/usuarios", Autenticacao.tokenDoAdminInicial(url("")), Map.of(
                "email", "adm-" + algumId + "@plataforma.test", "nome", "Empresa na plataforma",
                "senha", "Senha-Longa-123", "papel", "ADMIN"));
        Resposta promovido = patch("/api/usuarios/" + empresa.usuario(Papel.OPERADOR).id().valor(),
                empresa.token(Papel.ADMIN), Map.of("papel", "PLATAFORMA"));

        for (Resposta recusa : new Resposta[] {plataformaNaEmpresa, adminNaPlataforma, promovido}) {
            assertThat(recusa.status()).isEqualTo(422);
            assertThat(recusa.json().path("code").asText()).isEqualTo("PAPEL_INVALIDO");
        }
        assertThat(get("/api/usuarios", empresa.token(Papel.ADMIN)).body()).doesNotContain("PLATAFORMA");
    }

    @Test
    void estornoEDeSupervisorParaCima() {
        String caminho = "/api/pagamentos/" + algumId + "/estorno";

        negado(post(caminho, empresa.token(Papel.OPERADOR), Map.of()));
        negado(post(caminho, empresa.token(Papel.AUDITOR), Map.of()));
        assertThat(post(caminho, empresa.token(Papel.SUPERVISOR), Map.of()).status()).isNotIn(401, 403);
    }

    @Test
    void soOAdministradorDaPlataformaCriaEmpresas() {
        Map<String, String> novaEmpresa = Map.of("nome", "Outra", "adminEmail",
                "admin-" + algumId + "@outra.test", "adminSenha", "Senha-Longa-123");

        Resposta daEmpresa = post("/api/admin/tenants", empresa.token(Papel.ADMIN), novaEmpresa);
        Resposta daPlataforma = post("/api/admin/tenants", Autenticacao.tokenDoAdminInicial(url("")), novaEmpresa);

        negado(daEmpresa);
        assertThat(daPlataforma.status()).isEqualTo(201);
    }

    @Test
    void semTokenSoOsCaminhosPublicosRespondem() {
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        Resposta docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(post("/api/auth/login", null, Map.of()).status()).isEqualTo(400);

        for (String caminho : new String[] {"/api/leads", "/api/usuarios", "/api/dashboard", "/api/conta",
                "/actuator/prometheus"}) {
            Resposta resposta = get(caminho, null);
            assertThat(resposta.status()).as(caminho).isEqualTo(401);
            assertThat(resposta.json().path("code").asText()).isEqualTo("NAO_AUTENTICADO");
        }
        assertThat(post("/api/leads", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void headNaoContornaAsRegrasDeLeitura() {
        Resposta resposta = send(request("/api/relatorios/boletos.pdf", empresa.token(Papel.OPERADOR))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(resposta.status()).isEqualTo(403);
    }

    /** A body no endpoint can accept: an allowed write stops at 400 and changes nothing. */
    private Resposta malformado(String caminho, String token) {
        return postRaw(caminho, token, "application/json", "{");
    }

    private static void negado(Resposta resposta) {
        assertThat(resposta.status()).as(resposta.body()).isEqualTo(403);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).isEqualTo("ACESSO_NEGADO");
    }
}
