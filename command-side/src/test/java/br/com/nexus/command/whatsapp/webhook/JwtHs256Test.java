package br.com.nexus.command.whatsapp.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtHs256Test {

    /** RFC 7515, Appendix A.1: an HS256 JWS and its key. */
    private static final String RFC_TOKEN = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
            + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final byte[] RFC_CHAVE = Base64.getUrlDecoder().decode(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aceitaOExemploDaRfc() {
        assertThat(JwtHs256.verificar(RFC_TOKEN, RFC_CHAVE, json))
                .hasValueSatisfying(claims -> assertThat(claims.path("iss").asText()).isEqualTo("joe"));
    }

    @Test
    void recusaChaveErrada() {
        assertThat(JwtHs256.verificar(RFC_TOKEN, "outra".getBytes(StandardCharsets.UTF_8), json)).isEmpty();
    }

    @Test
    void recusaPayloadAlterado() {
        String[] partes = RFC_TOKEN.split("\\.");
        String alterado = partes[0] + "." + b64("{\"iss\":\"mallory\",\"exp\":1300819380}") + "." + partes[2];

        assertThat(JwtHs256.verificar(alterado, RFC_CHAVE, json)).isEmpty();
    }

    @Test
    void recusaAlgoritmoNoneEOutros() throws Exception {
        String semAssinatura = b64("{\"alg\":\"none\"}") + "." + b64("{\"app\":\"evolution\"}") + ".";
        assertThat(JwtHs256.verificar(semAssinatura, RFC_CHAVE, json)).isEmpty();

        String cabecalho = b64("{\"alg\":\"HS512\"}");
        String payload = b64("{\"app\":\"evolution\"}");
        String hs512 = cabecalho + "." + payload + "." + assinar(cabecalho + "." + payload, RFC_CHAVE);
        assertThat(JwtHs256.verificar(hs512, RFC_CHAVE, json)).isEmpty();
    }

    @Test
    void recusaLixo() {
        assertThat(JwtHs256.verificar("nao-e-jwt", RFC_CHAVE, json)).isEmpty();
        assertThat(JwtHs256.verificar("a.b.c", RFC_CHAVE, json)).isEmpty();
        assertThat(JwtHs256.verificar(null, RFC_CHAVE, json)).isEmpty();
        assertThat(JwtHs256.verificar("x".repeat(10_000), RFC_CHAVE, json)).isEmpty();
    }

    private static String b64(String texto) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(texto.getBytes(StandardCharsets.UTF_8));
    }

    private static String assinar(String conteudo, byte[] chave) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(chave, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(conteudo.getBytes(StandardCharsets.US_ASCII)));
    }
}
