package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

class AutenticacaoIT extends IntegrationTest {

    @Autowired
    JwtEncoder encoder;

    @Test
    void loginDevolveTokenBearerAssinadoComQuemEOTenantDoUsuario() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = empresa.usuario(Papel.OPERADOR).email();

        Resposta login = post("/api/auth/login", null, Map.of("email", email, "senha", Autenticacao.SENHA));

        assertThat(login.status()).isEqualTo(200);
        JsonNode corpo = login.json();
        assertThat(corpo.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(corpo.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(corpo.path("refreshToken").asText()).hasSizeGreaterThanOrEqualTo(40);
        JsonNode claims = claims(corpo.path("accessToken").asText());
        assertThat(claims.path("sub").asText()).isEqualTo(empresa.usuario(Papel.OPERADOR).id().toString());
        assertThat(claims.path("tenant").asText()).isEqualTo(empresa.tenantId().toString());
        assertThat(claims.path("email").asText()).isEqualTo(email);
        assertThat(claims.path("papel").asText()).isEqualTo("OPERADOR");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);

        Resposta conta = get("/api/conta", corpo.path("accessToken").asText());
        assertThat(conta.status()).isEqualTo(200);
        assertThat(conta.json().path("email").asText()).isEqualTo(email);
        assertThat(conta.json().path("papel").asText()).isEqualTo("OPERADOR");
    }

    @Test
    void loginIgnoraMaiusculasEEspacosDoEmail() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = "  " + empresa.usuario(Papel.AUDITOR).email().toUpperCase() + " ";

        Resposta login = post("/api/auth/login", null, Map.of("email", email, "senha", Autenticacao.SENHA));

        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void senhaErradaResponde401CredenciaisInvalidas() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        Resposta login = post("/api/auth/login", null,
                Map.of("email", empresa.usuario(Papel.ADMIN).email(), "senha", "Senha-Errada-123"));

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.contentType()).startsWith("application/problem+json");
        assertThat(login.json().path("code").asText()).isEqualTo("CREDENCIAIS_INVALIDAS");
        assertThat(login.body()).doesNotContain("accessToken");
    }

    @Test
    void emailDesconhecidoRecebeExatamenteAMesmaRespostaQueSenhaErrada() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        Resposta senhaErrada = post("/api/auth/login", null,
                Map.of("email", empresa.usuario(Papel.SUPERVISOR).email(), "senha", "Senha-Errada-123"));
        Resposta desconhecido = post("/api/auth/login", null,
                Map.of("email", "ninguem-" + empresa.tenantId() + "@nada.test", "senha", "Senha-Errada-123"));

        assertThat(desconhecido.status()).isEqualTo(senhaErrada.status()).isEqualTo(401);
        assertThat(semInstancia(desconhecido.json())).isEqualTo(semInstancia(senhaErrada.json()));
    }

    @Test
    void loginSemSenhaResponde400() {
        Resposta login = post("/api/auth/login", null, Map.of("email", "alguem@nada.test"));

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.json().path("code").asText()).isEqualTo("REQUISICAO_INVALIDA");
    }

    @Test
    void refreshTrocaOParEORefreshUsadoDeixaDeValer() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        JsonNode primeiro = Autenticacao.login(url(""), empresa.usuario(Papel.OPERADOR).email(), Autenticacao.SENHA);
        String refreshAntigo = primeiro.path("refreshToken").asText();

        Resposta renovado = post("/api/auth/refresh", null, Map.of("refreshToken", refreshAntigo));

        assertThat(renovado.status()).isEqualTo(200);
        String novoAcesso = renovado.json().path("accessToken").asText();
        String novoRefresh = renovado.json().path("refreshToken").asText();
        assertThat(novoRefresh).isNotEqualTo(refreshAntigo);
        assertThat(novoAcesso).isNotEqualTo(primeiro.path("accessToken").asText());
        assertThat(get("/api/conta", novoAcesso).status()).isEqualTo(200);

        Resposta reuso = post("/api/auth/refresh", null, Map.of("refreshToken", refreshAntigo));
        assertThat(reuso.status()).isEqualTo(401);
        assertThat(reuso.json().path("code").asText()).isEqualTo("REFRESH_TOKEN_INVALIDO");
    }

    @Test
    void reusoDeRefreshGastoEncerraTodasAsSessoesDoUsuario() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String email = empresa.usuario(Papel.OPERADOR).email();
        String vazado = Autenticacao.login(url(""), email, Autenticacao.SENHA).path("refreshToken").asText();
        String outraSessao = Autenticacao.login(url(""), email, Autenticacao.SENHA).path("refreshToken").asText();
        String renovadoPeloLadrao = post("/api/auth/refresh", null, Map.of("refreshToken", vazado))
                .json().path("refreshToken").asText();

        assertThat(post("/api/auth/refresh", null, Map.of("refreshToken", vazado)).status()).isEqualTo(401);

        assertThat(post("/api/auth/refresh", null, Map.of("refreshToken", renovadoPeloLadrao)).status())
                .isEqualTo(401);
        assertThat(post("/api/auth/refresh", null, Map.of("refreshToken", outraSessao)).status()).isEqualTo(401);
        assertThat(post("/api/auth/login", null, Map.of("email", email, "senha", Autenticacao.SENHA)).status())
                .isEqualTo(200);
    }

    @Test
    void refreshDesconhecidoResponde401() {
        Resposta resposta = post("/api/auth/refresh", null, Map.of("refreshToken", "nao-e-um-refresh-token"));

        assertThat(resposta.status()).isEqualTo(401);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).isEqualTo("REFRESH_TOKEN_INVALIDO");
    }

    @Test
    void logoutInvalidaORefreshToken() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String refresh = Autenticacao.login(url(""), empresa.usuario(Papel.AUDITOR).email(), Autenticacao.SENHA)
                .path("refreshToken").asText();

        assertThat(post("/api/auth/logout", null, Map.of("refreshToken", refresh)).status()).isEqualTo(204);

        assertThat(post("/api/auth/refresh", null, Map.of("refreshToken", refresh)).status()).isEqualTo(401);
    }

    @Test
    void semTokenResponde401ProblemJson() {
        Resposta resposta = get("/api/usuarios", null);

        assertThat(resposta.status()).isEqualTo(401);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.header("WWW-Authenticate")).startsWith("Bearer");
        JsonNode problema = resposta.json();
        assertThat(problema.path("code").asText()).isEqualTo("NAO_AUTENTICADO");
        assertThat(problema.path("status").asInt()).isEqualTo(401);
        assertThat(problema.path("type").asText()).isNotBlank();
        assertThat(problema.path("title").asText()).isNotBlank();
        assertThat(problema.path("instance").asText()).isEqualTo("/api/usuarios");
    }

    @Test
    void tokenExpiradoResponde401() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        Autenticacao.UsuarioDeTeste admin = empresa.usuario(Papel.ADMIN);
        Instant emitido = Instant.now().minus(Duration.ofMinutes(30));
        String expirado = assinar(JwtClaimsSet.builder()
                .issuer("nexus-cobranca")
                .subject(admin.id().toString())
                .issuedAt(emitido)
                .expiresAt(emitido.plus(Duration.ofMinutes(15)))
                .claim("tenant", empresa.tenantId().toString())
                .claim("email", admin.email())
                .claim("papel", "ADMIN")
                .build());
        String valido = assinar(JwtClaimsSet.builder()
                .issuer("nexus-cobranca")
                .subject(admin.id().toString())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plus(Duration.ofMinutes(15)))
                .claim("tenant", empresa.tenantId().toString())
                .claim("email", admin.email())
                .claim("papel", "ADMIN")
                .claim("iat_ms", Instant.now().toEpochMilli())
                .build());

        Resposta resposta = get("/api/usuarios", expirado);

        assertThat(resposta.status()).isEqualTo(401);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().path("code").asText()).isEqualTo("NAO_AUTENTICADO");
        assertThat(get("/api/usuarios", valido).status()).isEqualTo(200);
    }

    @Test
    void tokenAdulteradoResponde401() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String auditor = empresa.token(Papel.AUDITOR);
        String[] partes = auditor.split("\\.");
        ObjectNode claims = (ObjectNode) claims(auditor);
        claims.put("papel", "ADMIN");
        String promovido = partes[0] + "." + base64(json(claims)) + "." + partes[2];
        String semAssinatura = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(json(claims)) + ".";

        assertThat(get("/api/conta", auditor).status()).isEqualTo(200);
        for (String falso : new String[] {promovido, semAssinatura, auditor + "x", "isto-nao-e-um-jwt"}) {
            Resposta resposta = get("/api/usuarios", falso);
            assertThat(resposta.status()).as(falso).isEqualTo(401);
            assertThat(resposta.json().path("code").asText()).isEqualTo("NAO_AUTENTICADO");
        }
    }

    @Test
    void tokenDeUsuarioDesativadoDeixaDeValerEOUsuarioNaoEntraNemRenova() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        Autenticacao.UsuarioDeTeste operador = empresa.usuario(Papel.OPERADOR);
        JsonNode sessao = Autenticacao.login(url(""), operador.email(), Autenticacao.SENHA);

        String admin = empresa.token(Papel.ADMIN);
        Resposta desativado = patch("/api/usuarios/" + operador.id(), admin, Map.of("ativo", false));

        assertThat(desativado.status()).isEqualTo(200);
        assertThat(get("/api/conta", sessao.path("accessToken").asText()).status()).isEqualTo(401);
        assertThat(post("/api/auth/refresh", null, Map.of("refreshToken", sessao.path("refreshToken").asText()))
                .status()).isEqualTo(401);
        Resposta login = post("/api/auth/login", null, Map.of("email", operador.email(), "senha", Autenticacao.SENHA));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().path("code").asText()).isEqualTo("CREDENCIAIS_INVALIDAS");

        assertThat(patch("/api/usuarios/" + operador.id(), admin, Map.of("ativo", true)).status()).isEqualTo(200);
        assertThat(post("/api/auth/login", null, Map.of("email", operador.email(), "senha", Autenticacao.SENHA))
                .status()).isEqualTo(200);
    }

    @Test
    void webhookComBearerDoProvedorNaoEBarradoPelaNossaAutenticacao() {
        String jwtDoProvedor = base64("{\"alg\":\"HS256\"}") + "." + base64("{\"app\":\"evolution\"}")
                + ".assinatura";

        Resposta resposta = postRaw("/api/webhooks/evolution", jwtDoProvedor, "application/json", "{}");

        // The provider's bearer reaches the webhook, which judges it by the provider's own scheme.
        assertThat(resposta.status()).isNotEqualTo(403);
        assertThat(resposta.json().path("detail").asText()).contains("Evolution API");
    }

    private String assinar(JwtClaimsSet claims) {
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String base64(String texto) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(texto.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode semInstancia(JsonNode problema) {
        ObjectNode copia = problema.deepCopy();
        copia.remove("instance");
        return copia;
    }
}
