package br.com.nexus.app.seguranca;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the API authenticates callers.
 *
 * @param jwtSecret            HS256 key, 32+ bytes; empty means the key kept in the database (also read from
 *                             {@code NEXUS_JWT_SECRET})
 * @param accessTokenValidade  lifetime of an access token
 * @param refreshTokenValidade lifetime of a refresh token; each one is good for a single renewal
 * @param bcryptCusto          log2 of the bcrypt rounds
 * @param trustedProxy         the app sits behind a proxy that appends the caller's address to
 *                             {@code X-Forwarded-For}; only then is that header believed
 * @param login                limits on login attempts
 */
@ConfigurationProperties("nexus.seguranca")
public record SegurancaProperties(
        String jwtSecret,
        @DefaultValue("15m") Duration accessTokenValidade,
        @DefaultValue("7d") Duration refreshTokenValidade,
        @DefaultValue("12") int bcryptCusto,
        @DefaultValue("false") boolean trustedProxy,
        @DefaultValue LimitesDeLogin login) {

    /**
     * @param tentativasPorIp attempts (login and refresh) one address may make per {@code janelaPorIp}
     * @param falhasPorConta  failed logins one e-mail may take per {@code janelaPorConta} before it is locked
     * @param ipsIsentos      addresses the per-address limit does not apply to
     */
    public record LimitesDeLogin(
            @DefaultValue("20") int tentativasPorIp,
            @DefaultValue("1m") Duration janelaPorIp,
            @DefaultValue("5") int falhasPorConta,
            @DefaultValue("15m") Duration janelaPorConta,
            @DefaultValue List<String> ipsIsentos) {
    }
}
