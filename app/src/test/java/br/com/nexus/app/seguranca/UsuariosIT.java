package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsuariosIT extends IntegrationTest {

    private static final String SENHA_NOVA = "Outra-Senha-Forte-42";

    @Test
    void adminCriaUsuarioNaPropriaEmpresaEQueEntraComOPapelDado() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = "nova-" + UUID.randomUUID() + "@empresa.test";

        Resposta criado = post("/api/usuarios", empresa.token(Papel.ADMIN),
                Map.of("email", email, "nome", "Nova Operadora", "senha", SENHA_NOVA, "papel", "OPERADOR"));

        assertThat(criado.status()).isEqualTo(201);
        JsonNode usuario = criado.json();
        assertThat(criado.header("Location")).isEqualTo("/api/usuarios/" + usuario.path("id").asText());
        assertThat(usuario.path("tenantId").asText()).isEqualTo(empresa.tenantId().toString());
        assertThat(usuario.path("papel").asText()).isEqualTo("OPERADOR");
        assertThat(usuario.path("ativo").asBoolean()).isTrue();
        String token = Autenticacao.accessToken(url(""), email, SENHA_NOVA);
        Resposta conta = get("/api/conta", token);
        assertThat(conta.json().path("id").asText()).isEqualTo(usuario.path("id").asText());
        assertThat(conta.json().path("tenantId").asText()).isEqualTo(empresa.tenantId().toString());
    }

    @Test
    void listaSoOsUsuariosDaPropriaEmpresa() {
        TenantDeTeste a = Autenticacao.novoTenant(url(""));
        TenantDeTeste b = Autenticacao.novoTenant(url(""));

        Resposta lista = get("/api/usuarios", a.token(Papel.ADMIN));

        assertThat(lista.status()).isEqualTo(200);
        List<String> emails = new ArrayList<>();
        lista.json().forEach(u -> emails.add(u.path("email").asText()));
        assertThat(emails).containsExactlyInAnyOrder(a.usuarios().values().stream()
                .map(Autenticacao.UsuarioDeTeste::email).toArray(String[]::new));
        lista.json().forEach(u -> assertThat(u.path("tenantId").asText()).isEqualTo(a.tenantId().toString()));
        assertThat(lista.body()).doesNotContain(b.usuario(Papel.ADMIN).email());
    }

    @Test
    void adminDeOutraEmpresaNaoVeNemAlteraOUsuario() {
        TenantDeTeste a = Autenticacao.novoTenant(url(""));
        TenantDeTeste b = Autenticacao.novoTenant(url(""));
        String operadorDeA = a.usuario(Papel.OPERADOR).id().toString();

        Resposta ver = get("/api/usuarios/" + operadorDeA, b.token(Papel.ADMIN));
        Resposta desativar = patch("/api/usuarios/" + operadorDeA, b.token(Papel.ADMIN), Map.of("ativo", false));
        Resposta promover = patch("/api/usuarios/" + operadorDeA, b.token(Papel.ADMIN), Map.of("papel", "ADMIN"));

        for (Resposta r : List.of(ver, desativar, promover)) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().path("code").asText()).isEqualTo("USUARIO_NAO_ENCONTRADO");
        }
        JsonNode intacto = get("/api/usuarios/" + operadorDeA, a.token(Papel.ADMIN)).json();
        assertThat(intacto.path("ativo").asBoolean()).isTrue();
        assertThat(intacto.path("papel").asText()).isEqualTo("OPERADOR");
        assertThat(get("/api/conta", a.token(Papel.OPERADOR)).status()).isEqualTo(200);
    }

    @Test
    void emailDuplicadoResponde409MesmoEmOutraEmpresaEComOutraCaixa() {
        TenantDeTeste a = Autenticacao.novoTenant(url(""));
        TenantDeTeste b = Autenticacao.novoTenant(url(""));
        String existente = a.usuario(Papel.AUDITOR).email();

        Resposta mesmaEmpresa = post("/api/usuarios", a.token(Papel.ADMIN),
                Map.of("email", existente.toUpperCase(), "nome", "Cópia", "senha", SENHA_NOVA, "papel", "AUDITOR"));
        Resposta outraEmpresa = post("/api/usuarios", b.token(Papel.ADMIN),
                Map.of("email", existente, "nome", "Cópia", "senha", SENHA_NOVA, "papel", "AUDITOR"));
        Resposta novaEmpresa = post("/api/admin/tenants", Autenticacao.tokenDoAdminInicial(url("")),
                Map.of("nome", "Cópia", "adminEmail", existente, "adminSenha", SENHA_NOVA));

        for (Resposta r : List.of(mesmaEmpresa, outraEmpresa, novaEmpresa)) {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("code").asText()).isEqualTo("EMAIL_DUPLICADO");
        }
    }

    @Test
    void quemTestaMuitosEmailsEmUsoFicaSemCriarUsuariosPorUmTempo() {
        TenantDeTeste dona = Autenticacao.novoTenant(url(""));
        TenantDeTeste curiosa = Autenticacao.novoTenant(url(""));
        String existente = dona.usuario(Papel.AUDITOR).email();

        for (int i = 0; i < 10; i++) {
            Resposta tentativa = post("/api/usuarios", curiosa.token(Papel.ADMIN),
                    Map.of("email", existente, "nome", "Cópia", "senha", SENHA_NOVA, "papel", "AUDITOR"));
            assertThat(tentativa.status()).as("tentativa %d", i + 1).isEqualTo(409);
        }
        Resposta bloqueada = post("/api/usuarios", curiosa.token(Papel.ADMIN), Map.of("email",
                "livre-" + UUID.randomUUID() + "@empresa.test", "nome", "Nova", "senha", SENHA_NOVA, "papel", "AUDITOR"));
        Resposta daDona = post("/api/usuarios", dona.token(Papel.ADMIN), Map.of("email",
                "livre-" + UUID.randomUUID() + "@empresa.test", "nome", "Nova", "senha", SENHA_NOVA, "papel", "AUDITOR"));

        assertThat(bloqueada.status()).as("nem um e-mail livre revela nada: a empresa espera").isEqualTo(429);
        assertThat(bloqueada.json().path("code").asText()).isEqualTo("MUITAS_TENTATIVAS");
        assertThat(bloqueada.header("Retry-After")).isNotBlank();
        assertThat(daDona.status()).isEqualTo(201);
    }

    @Test
    void senhaComMenosDeDezCaracteresResponde400() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        String admin = empresa.token(Papel.ADMIN);
        Resposta curta = post("/api/usuarios", admin, Map.of("email", "curta-" + UUID.randomUUID() + "@empresa.test",
                "nome", "Curta", "senha", "123456789", "papel", "OPERADOR"));
        Resposta trocaCurta = patch("/api/usuarios/" + empresa.usuario(Papel.OPERADOR).id(), admin,
                Map.of("senha", "curta"));

        assertThat(curta.status()).isEqualTo(400);
        assertThat(curta.json().path("code").asText()).isEqualTo("SENHA_FRACA");
        assertThat(trocaCurta.status()).isEqualTo(400);
        assertThat(trocaCurta.json().path("code").asText()).isEqualTo("SENHA_FRACA");
    }

    @Test
    void emailInvalidoOuPapelDesconhecidoResponde400() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        Resposta email = post("/api/usuarios", empresa.token(Papel.ADMIN),
                Map.of("email", "sem-arroba.test", "nome", "X", "senha", SENHA_NOVA, "papel", "OPERADOR"));
        Resposta papel = post("/api/usuarios", empresa.token(Papel.ADMIN), Map.of("email",
                "papel-" + UUID.randomUUID() + "@empresa.test", "nome", "X", "senha", SENHA_NOVA, "papel", "DONO"));

        assertThat(email.status()).isEqualTo(400);
        assertThat(email.json().path("code").asText()).isEqualTo("REQUISICAO_INVALIDA");
        assertThat(email.json().path("errors").toString()).contains("email");
        assertThat(papel.status()).isEqualTo(400);
        assertThat(papel.json().path("code").asText()).isEqualTo("REQUISICAO_INVALIDA");
    }

    @Test
    void respostasNuncaMostramASenhaNemOHash() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String admin = empresa.token(Papel.ADMIN);
        String email = "segredo-" + UUID.randomUUID() + "@empresa.test";

        Resposta criado = post("/api/usuarios", admin,
                Map.of("email", email, "nome", "Segredo", "senha", SENHA_NOVA, "papel", "SUPERVISOR"));
        String id = criado.json().path("id").asText();
        List<Resposta> respostas = List.of(criado,
                get("/api/usuarios", admin),
                get("/api/usuarios/" + id, admin),
                patch("/api/usuarios/" + id, admin, Map.of("senha", SENHA_NOVA + "!")),
                get("/api/conta", Autenticacao.accessToken(url(""), email, SENHA_NOVA + "!")),
                post("/api/admin/tenants", Autenticacao.tokenDoAdminInicial(url("")), Map.of("nome", "Sigilo",
                        "adminEmail", "sigilo-" + UUID.randomUUID() + "@empresa.test", "adminSenha", SENHA_NOVA)));

        for (Resposta r : respostas) {
            assertThat(r.status()).as(r.body()).isBetween(200, 201);
            assertThat(r.body()).doesNotContain(SENHA_NOVA, Autenticacao.SENHA, "$2a$", "senha", "hash");
        }
    }

    @Test
    void mudarOPapelValeNaHoraParaOTokenJaEmitido() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String operador = empresa.token(Papel.OPERADOR);
        assertThat(postRaw("/api/leads", operador, "application/json", "{").status()).isNotIn(401, 403);

        Resposta rebaixado = patch("/api/usuarios/" + empresa.usuario(Papel.OPERADOR).id(), empresa.token(Papel.ADMIN),
                Map.of("papel", "AUDITOR"));

        assertThat(rebaixado.status()).isEqualTo(200);
        assertThat(rebaixado.json().path("papel").asText()).isEqualTo("AUDITOR");
        assertThat(postRaw("/api/leads", operador, "application/json", "{").status()).isEqualTo(403);
    }

    @Test
    void adminRedefineASenhaEASenhaAntigaDeixaDeValer() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = empresa.usuario(Papel.SUPERVISOR).email();
        String refresh = Autenticacao.login(url(""), email, Autenticacao.SENHA).path("refreshToken").asText();

        Resposta troca = patch("/api/usuarios/" + empresa.usuario(Papel.SUPERVISOR).id(), empresa.token(Papel.ADMIN),
                Map.of("senha", SENHA_NOVA));

        assertThat(troca.status()).isEqualTo(200);
        assertThat(post("/api/auth/login", null, Map.of("email", email, "senha", Autenticacao.SENHA)).status())
                .isEqualTo(401);
        assertThat(post("/api/auth/login", null, Map.of("email", email, "senha", SENHA_NOVA)).status()).isEqualTo(200);
        assertThat(post("/api/auth/refresh", null, Map.of("refreshToken", refresh)).status())
                .as("as sessões abertas com a senha antiga terminam").isEqualTo(401);
        assertThat(get("/api/dashboard", empresa.token(Papel.SUPERVISOR)).status())
                .as("o token de acesso emitido antes da troca também").isEqualTo(401);
        assertThat(get("/api/dashboard", Autenticacao.accessToken(url(""), email, SENHA_NOVA)).status())
                .isEqualTo(200);
        assertThat(get("/api/dashboard", empresa.token(Papel.OPERADOR)).status())
                .as("os outros usuários seguem").isEqualTo(200);
    }

    @Test
    void naoDeixaAEmpresaSemAdministradorAtivo() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String admin = empresa.token(Papel.ADMIN);
        String adminId = empresa.usuario(Papel.ADMIN).id().toString();

        Resposta desativarASi = patch("/api/usuarios/" + adminId, admin, Map.of("ativo", false));
        Resposta rebaixarASi = patch("/api/usuarios/" + adminId, admin, Map.of("papel", "OPERADOR"));

        for (Resposta r : List.of(desativarASi, rebaixarASi)) {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().path("code").asText()).isEqualTo("ULTIMO_ADMINISTRADOR");
        }
        assertThat(patch("/api/usuarios/" + empresa.usuario(Papel.SUPERVISOR).id(), admin, Map.of("papel", "ADMIN"))
                .status()).isEqualTo(200);
        assertThat(patch("/api/usuarios/" + adminId, admin, Map.of("papel", "OPERADOR")).status()).isEqualTo(200);
    }

    @Test
    void alteracaoVaziaOuIdInvalidoResponde400() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        Resposta vazia = patch("/api/usuarios/" + empresa.usuario(Papel.AUDITOR).id(), empresa.token(Papel.ADMIN),
                Map.of());
        Resposta idInvalido = get("/api/usuarios/nao-e-uuid", empresa.token(Papel.ADMIN));

        assertThat(vazia.status()).isEqualTo(400);
        assertThat(idInvalido.status()).isEqualTo(400);
    }

    @Test
    void administradorDaPlataformaCriaEmpresaCujoAdminEntraSoNela() {
        String email = "dona-" + UUID.randomUUID() + "@clinica.test";

        Resposta criada = post("/api/admin/tenants", Autenticacao.tokenDoAdminInicial(url("")),
                Map.of("nome", "Clínica Bela", "adminEmail", email, "adminSenha", SENHA_NOVA));

        assertThat(criada.status()).isEqualTo(201);
        String tenantId = criada.json().path("tenantId").asText();
        String token = Autenticacao.accessToken(url(""), email, SENHA_NOVA);
        JsonNode conta = get("/api/conta", token).json();
        assertThat(conta.path("id").asText()).isEqualTo(criada.json().path("adminUsuarioId").asText());
        assertThat(conta.path("tenantId").asText()).isEqualTo(tenantId);
        assertThat(conta.path("papel").asText()).isEqualTo("ADMIN");
        Resposta usuarios = get("/api/usuarios", token);
        assertThat(usuarios.json()).hasSize(1);
    }
}
