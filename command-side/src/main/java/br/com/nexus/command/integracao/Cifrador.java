package br.com.nexus.command.integracao;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for credentials at rest. Each value gets its own random 96-bit nonce, stored in
 * front of the ciphertext; the 128-bit tag makes any tampering fail loudly on decryption. The
 * associated data binds a ciphertext to its owner (tenant and purpose), so a value copied to
 * another tenant's row does not decrypt.
 */
public final class Cifrador {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey chave;
    private final SecureRandom random = new SecureRandom();

    public Cifrador(byte[] chave) {
        if (chave.length != 32) {
            throw new IllegalArgumentException("A chave de cifragem deve ter 32 bytes (AES-256)");
        }
        this.chave = new SecretKeySpec(chave.clone(), "AES");
    }

    public byte[] cifrar(byte[] claro, String dono) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, chave, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(dono.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] cifrado = cipher.doFinal(claro);
            return ByteBuffer.allocate(NONCE + cifrado.length).put(nonce).put(cifrado).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Falha ao cifrar", e);
        }
    }

    public byte[] decifrar(byte[] cifrado, String dono) {
        if (cifrado.length < NONCE + TAG_BITS / 8) {
            throw new IllegalStateException("Valor cifrado corrompido");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, chave, new GCMParameterSpec(TAG_BITS, cifrado, 0, NONCE));
            cipher.updateAAD(dono.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(cifrado, NONCE, cifrado.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Valor cifrado não confere com a chave ou com o dono", e);
        }
    }
}
