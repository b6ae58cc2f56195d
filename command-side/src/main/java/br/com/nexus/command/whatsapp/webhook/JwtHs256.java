package br.com.nexus.command.whatsapp.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a compact JWS signed with HMAC-SHA256, the only kind Evolution API sends (its webhook
 * {@code jwt_key}). Any other algorithm, {@code none} included, is refused; the signature is
 * compared in constant time. Claims are checked by the caller.
 */
final class JwtHs256 {

    private static final int MAXIMO = 8192;

    private JwtHs256() {
    }

    /** The token's claims when it is an HS256 JWS signed with {@code chave}; empty otherwise. */
    static Optional<JsonNode> verificar(String token, byte[] chave, ObjectMapper json) {
        if (token == null || token.length() > MAXIMO || chave == null || chave.length == 0) {
            return Optional.empty();
        }
        String[] partes = token.split("\\.", -1);
        if (partes.length != 3 || partes[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            JsonNode cabecalho = json.readTree(base64.decode(partes[0]));
            if (cabecalho == null || !"HS256".equals(cabecalho.path("alg").asText())) {
                return Optional.empty();
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(chave, "HmacSHA256"));
            byte[] esperada = mac.doFinal((partes[0] + "." + partes[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(esperada, base64.decode(partes[2]))) {
                return Optional.empty();
            }
            JsonNode claims = json.readTree(base64.decode(partes[1]));
            return claims != null && claims.isObject() ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
