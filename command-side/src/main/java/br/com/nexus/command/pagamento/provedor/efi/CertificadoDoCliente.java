package br.com.nexus.command.pagamento.provedor.efi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The client certificate Efí's PIX API demands on every call (mutual TLS, a Banco Central rule):
 * the PKCS#12 file Efí issues, in base64, with its password (Efí's come without one).
 */
final class CertificadoDoCliente {

    private CertificadoDoCliente() {
    }

    /** A TLS context presenting the certificate; IllegalArgumentException when it cannot be read. */
    static SSLContext contexto(String base64, String senha) {
        char[] segredo = senha == null ? new char[0] : senha.toCharArray();
        try {
            KeyStore chaves = KeyStore.getInstance("PKCS12");
            chaves.load(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64.strip())), segredo);
            boolean temChave = false;
            for (String apelido : Collections.list(chaves.aliases())) {
                temChave |= chaves.isKeyEntry(apelido);
            }
            if (!temChave) {
                throw new IllegalArgumentException("certificado sem chave privada");
            }
            KeyManagerFactory gerentes = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            gerentes.init(chaves, segredo);
            SSLContext contexto = SSLContext.getInstance("TLS");
            contexto.init(gerentes.getKeyManagers(), null, null);
            return contexto;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("certificado PKCS#12 ilegível ou senha errada", e);
        }
    }
}
