package br.com.nexus.app.support;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Users and tokens for integration tests, obtained through the real API the way a customer would:
 * the first administrator (test profile) creates a tenant, the tenant's administrator creates one
 * user per role, and each logs in.
 *
 * <pre>{@code
 * TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
 * post("/api/leads", empresa.token(Papel.OPERADOR), corpo);
 * }</pre>
 */
public final class Autenticacao {

    /** The first administrator, from application-test.yml; it belongs to the platform tenant. */
    public static final String ADMIN_INICIAL_EMAIL = "admin@nexus.test";
    public static final String ADMIN_INICIAL_SENHA = "Admin-Teste-123";
    /** Password of every user {@link #novoTenant} creates. */
    public static final String SENHA = "Senha-De-Teste-123";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Autenticacao() {
    }

    public record UsuarioDeTeste(UsuarioId id, String email, String token) {
    }

    /** A tenant of its own with one user per role, each already logged in. */
    public record TenantDeTeste(TenantId tenantId, String nome, Map<Papel, UsuarioDeTeste> usuarios) {

        public String token(Papel papel) {
            return usuario(papel).token();
        }

        public UsuarioDeTeste usuario(Papel papel) {
            return usuarios.get(papel);
        }

        public Map<Papel, String> tokens() {
            Map<Papel, String> tokens = new EnumMap<>(Papel.class);
            usuarios.forEach((papel, usuario) -> tokens.put(papel, usuario.token()));
            return tokens;
        }
    }

    /** @param baseUrl e.g. {@code "http://localhost:" + port} */
    public static TenantDeTeste novoTenant(String baseUrl) {
        String sufixo = UUID.randomUUID().toString().substring(0, 8);
        String nome = "Empresa " + sufixo;
        String dominio = "@e" + sufixo + ".test";
        String adminEmail = "admin" + dominio;
        JsonNode criado = chamar(baseUrl, "POST", "/api/admin/tenants", tokenDoAdminInicial(baseUrl),
                Map.of("nome", nome, "adminEmail", adminEmail, "adminSenha", SENHA), 201);
        TenantId tenantId = TenantId.de(criado.path("tenantId").asText());

        Map<Papel, UsuarioDeTeste> usuarios = new EnumMap<>(Papel.class);
        String tokenAdmin = accessToken(baseUrl, adminEmail, SENHA);
        usuarios.put(Papel.ADMIN, new UsuarioDeTeste(UsuarioId.de(criado.path("adminUsuarioId").asText()),
                adminEmail, tokenAdmin));
        for (Papel papel : Papel.DA_EMPRESA) {
            if (papel == Papel.ADMIN) {
                continue;
            }
            String email = papel.name().toLowerCase(Locale.ROOT) + dominio;
            JsonNode usuario = chamar(baseUrl, "POST", "/api/usuarios", tokenAdmin,
                    Map.of("email", email, "nome", "Usuário " + papel, "senha", SENHA, "papel", papel.name()), 201);
            usuarios.put(papel, new UsuarioDeTeste(UsuarioId.de(usuario.path("id").asText()), email,
                    accessToken(baseUrl, email, SENHA)));
        }
        return new TenantDeTeste(tenantId, nome, Map.copyOf(usuarios));
    }

    public static String tokenDoAdminInicial(String baseUrl) {
        return accessToken(baseUrl, ADMIN_INICIAL_EMAIL, ADMIN_INICIAL_SENHA);
    }

    public static String accessToken(String baseUrl, String email, String senha) {
        return login(baseUrl, email, senha).path("accessToken").asText();
    }

    /** The whole login answer: accessToken, tokenType, expiresIn, refreshToken. */
    public static JsonNode login(String baseUrl, String email, String senha) {
        return chamar(baseUrl, "POST", "/api/auth/login", null, Map.of("email", email, "senha", senha), 200);
    }

    private static JsonNode chamar(String baseUrl, String metodo, String caminho, String token, Object corpo,
            int esperado) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + caminho))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .method(metodo, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(corpo)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> resposta = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (resposta.statusCode() != esperado) {
                throw new AssertionError(metodo + " " + caminho + ": expected " + esperado + ", got "
                        + resposta.statusCode() + " " + resposta.body());
            }
            return JSON.readTree(resposta.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
