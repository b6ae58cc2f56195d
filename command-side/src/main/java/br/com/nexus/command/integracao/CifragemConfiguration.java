package br.com.nexus.command.integracao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that encrypts credentials at rest: {@code NEXUS_CRYPTO_KEY} (32 bytes, base64). Without
 * it, a key is generated once and kept beside the data in a file only its owner may read, so the
 * zero-setup default still never stores a secret in clear; production sets the variable and keeps
 * the key away from the database backups.
 */
@Configuration(proxyBeanMethods = false)
public class CifragemConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CifragemConfiguration.class);

    @Bean
    Cifrador cifrador(@Value("${nexus.cifragem.chave:${NEXUS_CRYPTO_KEY:}}") String chave,
            @Value("${nexus.cifragem.arquivo-chave:${NEXUS_DATA_DIR:./data}/chave-cifragem}") String arquivo)
            throws IOException {
        if (!chave.isBlank()) {
            return new Cifrador(decodificar(chave));
        }
        Path caminho = Path.of(arquivo);
        if (Files.exists(caminho)) {
            return new Cifrador(decodificar(Files.readString(caminho).strip()));
        }
        byte[] nova = new byte[32];
        new SecureRandom().nextBytes(nova);
        Files.createDirectories(caminho.toAbsolutePath().getParent());
        Files.writeString(caminho, Base64.getEncoder().encodeToString(nova));
        try {
            Files.setPosixFilePermissions(caminho, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("File system without POSIX permissions");
        }
        log.warn("NEXUS_CRYPTO_KEY not set: generated a credentials key in {}; set the variable in production",
                caminho.toAbsolutePath());
        return new Cifrador(nova);
    }

    private static byte[] decodificar(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("NEXUS_CRYPTO_KEY must be 32 bytes in base64", e);
        }
    }
}
