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
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

    @Test
    void aceitaCpfFormatadoEGuardaSoOsDigitos() {
        Cpf cpf = Cpf.of("111.444.777-35");

        assertThat(cpf.numero()).isEqualTo("11144477735");
        assertThat(cpf.formatado()).isEqualTo("111.444.777-35");
    }

    @Test
    void aceitaCpfSemFormatacao() {
        assertThat(Cpf.of("11144477735")).isEqualTo(Cpf.of("111.444.777-35"));
    }

    @Test
    void preservaOZeroAEsquerda() {
        Cpf cpf = Cpf.of("011.695.384-52");

        assertThat(cpf.numero()).isEqualTo("01169538452");
        assertThat(cpf.formatado()).isEqualTo("011.695.384-52");
    }

    @Test
    void ignoraEspacosEmVolta() {
        assertThat(Cpf.of("  111.444.777-35 ").numero()).isEqualTo("11144477735");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123.456.789-09", "529.982.247-25", "390.533.447-05", "000.000.001-91"})
    void aceitaOutrosCpfsValidos(String texto) {
        assertThat(Cpf.valido(texto)).isTrue();
        assertThat(Cpf.of(texto).formatado()).isEqualTo(texto);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void rejeitaSequenciaDeDigitosRepetidos(char digito) {
        String bare = String.valueOf(digito).repeat(11);
        String formatado = bare.substring(0, 3) + "." + bare.substring(3, 6) + "." + bare.substring(6, 9) + "-"
                + bare.substring(9);

        recusa(() -> Cpf.of(bare), "CPF_INVALIDO");
        recusa(() -> Cpf.of(formatado), "CPF_INVALIDO");
        assertThat(Cpf.valido(bare)).isFalse();
    }

    @Test
    void rejeitaDigitosVerificadoresErrados() {
        DomainException e = recusa(() -> Cpf.of("123.456.789-00"), "CPF_INVALIDO");

        assertThat(e.getMessage()).contains("verificadores");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111.444.777-36", "111.444.777-45", "011.695.384-53", "11144477753"})
    void rejeitaQualquerDigitoVerificadorTrocado(String texto) {
        recusa(() -> Cpf.of(texto), "CPF_INVALIDO");
    }

    @Test
    void digitosVerificadoresConferemComOCalculoDaReceitaEmMilCpfsGerados() {
        Random aleatorio = new Random(20260);
        IntStream.range(0, 1000).forEach(i -> {
            String base = String.format(Locale.ROOT, "%09d", aleatorio.nextInt(1_000_000_000));
            String correto = base + digitosReceita(base);
            if (correto.chars().distinct().count() == 1) {
                return;
            }
            assertThat(Cpf.valido(correto)).as(correto).isTrue();
            int outro = (Integer.parseInt(digitosReceita(base)) + 1 + i % 98) % 100;
            String errado = base + String.format(Locale.ROOT, "%02d", outro);
            assertThat(Cpf.valido(errado)).as(errado).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1114447773", "111444777355", "111.444.777-3", "111.444.777-355", "1", "111.444.777"})
    void rejeitaTamanhoErrado(String texto) {
        recusa(() -> Cpf.of(texto), "CPF_INVALIDO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111.444.777-3a", "abc.def.ghi-jk", "111 444 777 35", "111/444/777-35", "+11144477735",
            "١١١٤٤٤٧٧٧٣٥"})
    void rejeitaLetrasESimbolos(String texto) {
        recusa(() -> Cpf.of(texto), "CPF_INVALIDO");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejeitaCpfAusente(String texto) {
        recusa(() -> Cpf.of(texto), "CPF_INVALIDO");
        assertThat(Cpf.valido(texto)).isFalse();
    }

    @Test
    void mascaraNuncaMostraONumeroInteiro() {
        Cpf cpf = Cpf.of("111.444.777-35");

        assertThat(cpf.mascarado()).isEqualTo("***.444.777-**");
        assertThat(cpf.mascarado()).doesNotContain("111.").doesNotContain("-35").doesNotContain("11144477735");
    }

    @Test
    void toStringEhMascaradoParaQueOCpfNaoChegueAoLog() {
        Cpf cpf = Cpf.of("011.695.384-52");

        assertThat(cpf.toString()).isEqualTo("***.695.384-**");
        assertThat(String.valueOf(Map.of("cpf", cpf))).doesNotContain("01169538452").doesNotContain("011.695.384-52");
    }

    @Test
    void mensagemDeErroNaoRepeteOCpfDigitado() {
        DomainException e = recusa(() -> Cpf.of("123.456.789-00"), "CPF_INVALIDO");

        assertThat(e.getMessage()).doesNotContain("123").doesNotContain("789");
    }

    @Test
    void viraUmaStringSimplesNoJson() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(Cpf.of("111.444.777-35"))).isEqualTo("\"11144477735\"");
        assertThat(JSON.writeValueAsString(Map.of("cpf", Cpf.of("011.695.384-52"))))
                .isEqualTo("{\"cpf\":\"01169538452\"}");
    }

    @Test
    void voltaDoJsonFormatadoOuNao() throws JsonProcessingException {
        Cpf esperado = Cpf.of("11144477735");

        assertThat(JSON.readValue("\"11144477735\"", Cpf.class)).isEqualTo(esperado);
        assertThat(JSON.readValue("\"111.444.777-35\"", Cpf.class)).isEqualTo(esperado);
        assertThat(JSON.readValue(JSON.writeValueAsString(esperado), Cpf.class)).isEqualTo(esperado);
    }

    @Test
    void jsonComCpfInvalidoFalhaComOMotivoDeDominio() {
        assertThatThrownBy(() -> JSON.readValue("\"123.456.789-00\"", Cpf.class))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CPF_INVALIDO"));
    }

    /** The usual formulation (sum mod 11, below 2 gives 0), unlike the ×10 one in {@link Cpf}. */
    private static String digitosReceita(String nove) {
        int d1 = digitoReceita(nove);
        int d2 = digitoReceita(nove + d1);
        return "" + d1 + d2;
    }

    private static int digitoReceita(String digitos) {
        int peso = digitos.length() + 1;
        int soma = 0;
        for (char c : digitos.toCharArray()) {
            soma += (c - '0') * peso--;
        }
        int resto = soma % 11;
        return resto < 2 ? 0 : 11 - resto;
    }
}
