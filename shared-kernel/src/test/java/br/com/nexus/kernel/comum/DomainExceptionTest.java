package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void fabricasDefinemOTipoQueDecideOStatusHttp() {
        assertThat(DomainException.invalido("A", "a").kind()).isEqualTo(ErrorKind.INVALIDO);
        assertThat(DomainException.naoEncontrado("B", "b").kind()).isEqualTo(ErrorKind.NAO_ENCONTRADO);
        assertThat(DomainException.conflito("C", "c").kind()).isEqualTo(ErrorKind.CONFLITO);
        assertThat(DomainException.regraViolada("D", "d").kind()).isEqualTo(ErrorKind.REGRA_VIOLADA);
    }

    @Test
    void exigeTipoECodigo() {
        assertThatNullPointerException().isThrownBy(() -> new DomainException(null, "X", "x"));
        assertThatNullPointerException().isThrownBy(() -> new DomainException(ErrorKind.INVALIDO, null, "x"));
    }

    @Test
    void erroDominioAtravessaOJsonEVoltaAMesmaRecusa() throws JsonProcessingException {
        DomainException original = DomainException.conflito("CPF_DUPLICADO", "CPF já cadastrado");

        String json = JSON.writeValueAsString(ErroDominio.de(original));
        DomainException reconstruida = JSON.readValue(json, ErroDominio.class).comoExcecao();

        assertThat(reconstruida.kind()).isEqualTo(ErrorKind.CONFLITO);
        assertThat(reconstruida.code()).isEqualTo("CPF_DUPLICADO");
        assertThat(reconstruida.getMessage()).isEqualTo("CPF já cadastrado");
    }
}
