package br.com.nexus.app.seguranca;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The HS256 key that signs access tokens: {@code nexus.seguranca.jwt-secret} ({@code NEXUS_JWT_SECRET})
 * when set, otherwise one generated at first start and kept in the database, so restarts and every
 * node of a distributed deployment agree on it.
 */
final class ChaveJwt {

    static final int MINIMO_BYTES = 32;
    private static final int BYTES_GERADOS = 64;
    private static final Logger log = LoggerFactory.getLogger(ChaveJwt.class);

    private final SecretKey chave;

    private ChaveJwt(SecretKey chave) {
        this.chave = chave;
    }

    static ChaveJwt resolver(String configurada, JdbcClient jdbc) {
        if (configurada != null && !configurada.isBlank()) {
            return new ChaveJwt(daConfiguracao(configurada));
        }
        return new ChaveJwt(doBanco(jdbc));
    }

    SecretKey chave() {
        return chave;
    }

    static SecretKey daConfiguracao(String segredo) {
        byte[] bytes = segredo.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMO_BYTES) {
            throw new IllegalStateException("NEXUS_JWT_SECRET (nexus.seguranca.jwt-secret) must have at least "
                    + MINIMO_BYTES + " bytes");
        }
        return chave(bytes);
    }

    private static SecretKey doBanco(JdbcClient jdbc) {
        byte[] novo = new byte[BYTES_GERADOS];
        new SecureRandom().nextBytes(novo);
        // Several nodes may start together on an empty database: the first insert wins, all read it back.
        int inseridas = jdbc.sql("""
                INSERT INTO chave_jwt (id, segredo, criado_em) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(novo, Tempo.sql(Instant.now()))
                .update();
        if (inseridas == 1) {
            log.warn("NEXUS_JWT_SECRET not set: generated a token signing key and stored it in the database; "
                    + "set the variable in production");
        }
        byte[] guardado = jdbc.sql("SELECT segredo FROM chave_jwt WHERE id = 1").query(byte[].class).single();
        return chave(guardado);
    }

    private static SecretKey chave(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
