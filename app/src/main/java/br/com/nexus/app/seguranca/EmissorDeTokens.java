package br.com.nexus.app.seguranca;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues a short-lived signed access token and an opaque single-use refresh token, of which only the
 * SHA-256 is stored.
 */
@Component
class EmissorDeTokens {

    static final String EMISSOR = "nexus-cobranca";
    static final String CLAIM_TENANT = "tenant";
    static final String CLAIM_EMAIL = "email";
    static final String CLAIM_PAPEL = "papel";
    /** {@code iat} has whole seconds; a password change must also void tokens of its own second. */
    static final String CLAIM_EMITIDO_EM_MS = "iat_ms";

    private final JwtEncoder encoder;
    private final RefreshTokenRepository refreshTokens;
    private final Duration validadeAcesso;
    private final Duration validadeRefresh;
    private final SecureRandom random = new SecureRandom();

    EmissorDeTokens(JwtEncoder encoder, RefreshTokenRepository refreshTokens, SegurancaProperties properties) {
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.validadeAcesso = properties.accessTokenValidade();
        this.validadeRefresh = properties.refreshTokenValidade();
    }

    Tokens emitir(Usuario usuario, Instant agora) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(EMISSOR)
                .subject(usuario.id().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(agora)
                .expiresAt(agora.plus(validadeAcesso))
                .claim(CLAIM_TENANT, usuario.tenantId().toString())
                .claim(CLAIM_EMAIL, usuario.email())
                .claim(CLAIM_PAPEL, usuario.papel().name())
                .claim(CLAIM_EMITIDO_EM_MS, agora.toEpochMilli())
                .build();
        String acesso = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();

        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        refreshTokens.apagarExpirados(usuario.id(), agora);
        refreshTokens.salvar(hash(refresh), usuario.id(), agora, agora.plus(validadeRefresh));
        return new Tokens(acesso, "Bearer", validadeAcesso.toSeconds(), refresh);
    }

    static String hash(String refreshToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
