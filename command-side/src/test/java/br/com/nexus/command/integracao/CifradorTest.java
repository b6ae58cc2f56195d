package br.com.nexus.command.integracao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CifradorTest {

    private final Cifrador cifrador = new Cifrador(chave());

    @Test
    void decifraOQueCifrou() {
        byte[] cifrado = cifrador.cifrar("token-secreto".getBytes(StandardCharsets.UTF_8), "tenant-a:asaas");
        assertThat(new String(cifrador.decifrar(cifrado, "tenant-a:asaas"), StandardCharsets.UTF_8))
                .isEqualTo("token-secreto");
    }

    @Test
    void naoGuardaOSegredoEmClaroNemRepeteOCifrado() {
        byte[] claro = "token-secreto".getBytes(StandardCharsets.UTF_8);
        byte[] primeiro = cifrador.cifrar(claro, "dono");
        byte[] segundo = cifrador.cifrar(claro, "dono");
        assertThat(new String(primeiro, StandardCharsets.ISO_8859_1)).doesNotContain("token-secreto");
        assertThat(primeiro).isNotEqualTo(segundo);
    }

    @Test
    void recusaCifradoAdulterado() {
        byte[] cifrado = cifrador.cifrar("abc".getBytes(StandardCharsets.UTF_8), "dono");
        cifrado[cifrado.length - 1] ^= 1;
        assertThatThrownBy(() -> cifrador.decifrar(cifrado, "dono")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recusaCifradoCopiadoParaOutroDono() {
        byte[] cifrado = cifrador.cifrar("abc".getBytes(StandardCharsets.UTF_8), "tenant-a:asaas");
        assertThatThrownBy(() -> cifrador.decifrar(cifrado, "tenant-b:asaas")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recusaOutraChave() {
        byte[] cifrado = cifrador.cifrar("abc".getBytes(StandardCharsets.UTF_8), "dono");
        assertThatThrownBy(() -> new Cifrador(chave()).decifrar(cifrado, "dono")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void exigeChaveDe32Bytes() {
        assertThatThrownBy(() -> new Cifrador(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] chave() {
        byte[] chave = new byte[32];
        new SecureRandom().nextBytes(chave);
        return chave;
    }
}
