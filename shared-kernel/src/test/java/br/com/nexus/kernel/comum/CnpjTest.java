package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.JSON;
import static br.com.nexus.kernel.comum.TestData.recusa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjTest {

    private static final String ALFANUMERICOS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "11.222.333/0001-81, exemplo clássico de validadores",
        "00.000.000/0001-91, Banco do Brasil",
        "00.360.305/0001-04, Caixa Econômica Federal",
        "33.000.167/0001-01, Petrobras",
        "60.701.190/0001-04, Itaú Unibanco",
        "60.746.948/0001-12, Bradesco",
        "33.592.510/0001-54, Vale",
        "47.960.950/0001-21, Magazine Luiza"
    })
    void aceitaCnpjsPublicosFormatadosOuNao(String formatado, String empresa) {
        String bare = formatado.replaceAll("\\D", "");

        Cnpj cnpj = Cnpj.of(formatado);

        assertThat(cnpj.numero()).isEqualTo(bare);
        assertThat(cnpj.formatado()).isEqualTo(formatado);
        assertThat(Cnpj.of(bare)).isEqualTo(cnpj);
        assertThat(Cnpj.valido(formatado)).isTrue();
    }

    @Test
    void aceitaCnpjAlfanumericoDoExemploDaReceita() {
        Cnpj cnpj = Cnpj.of("12.ABC.345/01DE-35");

        assertThat(cnpj.numero()).isEqualTo("12ABC34501DE35");
        assertThat(cnpj.formatado()).isEqualTo("12.ABC.345/01DE-35");
    }

    @Test
    void guardaCnpjAlfanumericoEmMaiusculas() {
        assertThat(Cnpj.of("12.abc.345/01de-35")).isEqualTo(Cnpj.of("12ABC34501DE35"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.ABC.345/01DE-36", "12.ABC.345/01DE-45", "12.ABD.345/01DE-35", "12.ABC.345/01DE-3A",
            "12.ABC.345/01D!-35", "12.ÁBC.345/01DE-35"})
    void rejeitaCnpjAlfanumericoInvalido(String texto) {
        recusa(() -> Cnpj.of(texto), "CNPJ_INVALIDO");
    }

    @Test
    void digitosVerificadoresConferemComOCalculoDaReceitaEmCnpjsGerados() {
        Random aleatorio = new Random(2026);
        IntStream.range(0, 1000).forEach(i -> {
            String alfabeto = i % 2 == 0 ? "0123456789" : ALFANUMERICOS;
            StringBuilder base = new StringBuilder();
            for (int j = 0; j < 12; j++) {
                base.append(alfabeto.charAt(aleatorio.nextInt(alfabeto.length())));
            }
            String dv = digitosReceita(base.toString());
            String correto = base + dv;
            if (correto.chars().distinct().count() == 1) {
                return;
            }
            assertThat(Cnpj.valido(correto)).as(correto).isTrue();
            String errado = base + String.format(Locale.ROOT, "%02d", (Integer.parseInt(dv) + 1 + i % 98) % 100);
            assertThat(Cnpj.valido(errado)).as(errado).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void rejeitaSequenciaDeDigitosRepetidos(char digito) {
        String bare = String.valueOf(digito).repeat(14);

        DomainException e = recusa(() -> Cnpj.of(bare), "CNPJ_INVALIDO");

        assertThat(e.getMessage()).contains("iguais");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-82", "11.222.333/0001-91", "11.222.333/0002-81", "00.000.000/0001-90"})
    void rejeitaDigitosVerificadoresErrados(String texto) {
        DomainException e = recusa(() -> Cnpj.of(texto), "CNPJ_INVALIDO");

        assertThat(e.getMessage()).contains("verificadores");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1122233300018", "112223330001811", "11.222.333/0001-8", "11.222.333/0001", "111.444.777-35"})
    void rejeitaTamanhoErrado(String texto) {
        recusa(() -> Cnpj.of(texto), "CNPJ_INVALIDO");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejeitaCnpjAusente(String texto) {
        recusa(() -> Cnpj.of(texto), "CNPJ_INVALIDO");
        assertThat(Cnpj.valido(texto)).isFalse();
    }

    @Test
    void toStringEhOFormatoImpresso() {
        assertThat(Cnpj.of("11222333000181")).hasToString("11.222.333/0001-81");
    }

    @Test
    void fazIdaEVoltaNoJsonComoString() throws JsonProcessingException {
        Cnpj cnpj = Cnpj.of("12.ABC.345/01DE-35");

        String json = JSON.writeValueAsString(Map.of("cnpj", cnpj));

        assertThat(json).isEqualTo("{\"cnpj\":\"12ABC34501DE35\"}");
        assertThat(JSON.readValue("\"12ABC34501DE35\"", Cnpj.class)).isEqualTo(cnpj);
        assertThat(JSON.readValue("\"11.222.333/0001-81\"", Cnpj.class)).isEqualTo(Cnpj.of("11222333000181"));
    }

    @Test
    void jsonComCnpjInvalidoFalhaComOMotivoDeDominio() {
        assertThatThrownBy(() -> JSON.readValue("\"11.222.333/0001-82\"", Cnpj.class))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CNPJ_INVALIDO"));
    }

    /** Receita's rule written independently: each character worth its ASCII code minus 48. */
    private static String digitosReceita(String doze) {
        int d1 = digitoReceita(doze, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        int d2 = digitoReceita(doze + d1, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        return "" + d1 + d2;
    }

    private static int digitoReceita(String texto, int[] pesos) {
        int soma = 0;
        for (int i = 0; i < pesos.length; i++) {
            soma += ((int) texto.charAt(i) - 48) * pesos[i];
        }
        int resto = soma % 11;
        return resto < 2 ? 0 : 11 - resto;
    }
}
