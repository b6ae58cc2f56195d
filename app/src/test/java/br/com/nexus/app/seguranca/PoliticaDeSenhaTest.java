package br.com.nexus.app.seguranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErrorKind;
import org.junit.jupiter.api.Test;

class PoliticaDeSenhaTest {

    @Test
    void aceitaDezCaracteres() {
        assertThatCode(() -> PoliticaDeSenha.validar("abcdefghij", "maria@clinica.test")).doesNotThrowAnyException();
    }

    @Test
    void recusaNoveCaracteres() {
        rejeita("abcdefghi", "maria@clinica.test");
    }

    @Test
    void contaCaracteresENaoBytes() {
        assertThatCode(() -> PoliticaDeSenha.validar("ação-çãõé1", "maria@clinica.test"))
                .doesNotThrowAnyException();
    }

    @Test
    void recusaMaisDe72BytesQueOBcryptCortaria() {
        rejeita("a1".repeat(36) + "x", "maria@clinica.test");
    }

    @Test
    void recusaUmUnicoCaractereRepetido() {
        rejeita("aaaaaaaaaaaa", "maria@clinica.test");
    }

    @Test
    void recusaOProprioEmail() {
        rejeita("Maria@Clinica.test", "maria@clinica.test");
    }

    @Test
    void recusaSenhaAusente() {
        rejeita(null, "maria@clinica.test");
    }

    private static void rejeita(String senha, String email) {
        assertThatThrownBy(() -> PoliticaDeSenha.validar(senha, email))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("SENHA_FRACA");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALIDO);
                });
    }
}
