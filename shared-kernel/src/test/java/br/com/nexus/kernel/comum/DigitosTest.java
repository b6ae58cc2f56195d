package br.com.nexus.kernel.comum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitosTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // the three fields of the Banco do Brasil linha 00190.00009 01207.113000 09000.206186
        "001900000, 9",
        "0120711300, 0",
        "0900020618, 6",
        // 9 x 2 = 18 counts as 1 + 8
        "9, 1",
        // sum 10: remainder 0 gives 0, not 10
        "19, 0",
        "0, 0"
    })
    void modulo10SomaOsAlgarismosDosProdutosMaioresQueNove(String campo, int digito) {
        assertThat(Digitos.modulo10(campo)).isEqualTo(digito);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Banco do Brasil: 11 - (sum mod 11) = 5
        "0019386000000040000000001207113000900020618, 5",
        // 11 - (sum mod 11) = 10, printed as 1
        "0019386000000001010000001207113000900020618, 1",
        // 11 - (sum mod 11) = 11, printed as 1
        "0019386000000001080000001207113000900020618, 1",
        // Sicredi slip from brcobranca, also 11 printed as 1
        "7489522200002952953112213871512341812345100, 1"
    })
    void modulo11DoCodigoDeBarrasTrocaZeroDezEOnzePorUm(String semDigito, int digito) {
        assertThat(Digitos.modulo11CodigoBarras(semDigito)).isEqualTo(digito);
    }

    @Test
    void somenteDigitosAceitaSoAlgarismosAscii() {
        assertThat(Digitos.somenteDigitos("0123456789")).isTrue();
        assertThat(Digitos.somenteDigitos("")).isFalse();
        assertThat(Digitos.somenteDigitos(null)).isFalse();
        assertThat(Digitos.somenteDigitos("12a")).isFalse();
        assertThat(Digitos.somenteDigitos("١٢٣")).isFalse();
    }

    @Test
    void apenasDigitosDescartaOResto() {
        assertThat(Digitos.apenasDigitos("+55 (11) 98765-4321")).isEqualTo("5511987654321");
        assertThat(Digitos.apenasDigitos(null)).isEmpty();
    }
}
