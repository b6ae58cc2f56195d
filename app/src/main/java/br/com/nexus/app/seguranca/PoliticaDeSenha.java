package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.DomainException;
import java.nio.charset.StandardCharsets;

/** What a password must be. bcrypt reads only the first 72 bytes, so longer ones are refused, not cut. */
final class PoliticaDeSenha {

    static final int MINIMO_CARACTERES = 10;
    static final int MAXIMO_BYTES = 72;
    static final String SENHA_FRACA = "SENHA_FRACA";

    private PoliticaDeSenha() {
    }

    static void validar(String senha, String email) {
        if (senha == null || senha.codePointCount(0, senha.length()) < MINIMO_CARACTERES) {
            throw DomainException.invalido(SENHA_FRACA,
                    "A senha deve ter ao menos " + MINIMO_CARACTERES + " caracteres");
        }
        if (senha.getBytes(StandardCharsets.UTF_8).length > MAXIMO_BYTES) {
            throw DomainException.invalido(SENHA_FRACA, "A senha deve ter no máximo " + MAXIMO_BYTES + " bytes");
        }
        if (senha.isBlank() || senha.codePoints().distinct().count() == 1) {
            throw DomainException.invalido(SENHA_FRACA, "A senha não pode repetir um único caractere");
        }
        if (email != null && senha.strip().equalsIgnoreCase(email.strip())) {
            throw DomainException.invalido(SENHA_FRACA, "A senha não pode ser o próprio e-mail");
        }
    }

    static boolean cabeNoBcrypt(String senha) {
        return senha.getBytes(StandardCharsets.UTF_8).length <= MAXIMO_BYTES;
    }
}
