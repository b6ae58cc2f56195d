package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.JSON;
import static br.com.nexus.kernel.comum.TestData.recusa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DinheiroTest {

    private static final long MAXIMO_CENTAVOS = 999_999_999_999L;

    @ParameterizedTest(name = "\"{0}\" -> {1} centavos")
    @CsvSource(delimiter = '|', value = {
        "1.234,56         | 123456",
        "1234.56          | 123456",
        "1234,56          | 123456",
        "R$ 1.234,56      | 123456",
        "R$1.234,56       | 123456",
        "r$ 1.234,56      | 123456",
        "1.234.567,89     | 123456789",
        "1,234.56         | 123456",
        "1,234,567.89     | 123456789",
        "1 234,56         | 123456",
        "10               | 1000",
        "0,5              | 50",
        "0.5              | 50",
        "0,05             | 5",
        "0,01             | 1",
        "0                | 0",
        "0,00             | 0",
        "150.50           | 15050",
        "1,234.5          | 123450",
        "1.50             | 150",
        "'  42  '         | 4200",
        "9.999.999.999,99 | 999999999999"
    })
    void entendeAsFormasComunsDeEscreverValor(String texto, long centavos) {
        assertThat(Dinheiro.parse(texto).centavos()).isEqualTo(centavos);
    }

    @Test
    void aceitaEspacosInseparaveisComoOsDoFormatoDeMoedaDoJava() {
        assertThat(Dinheiro.parse("R$\u00a01.234,56").centavos()).isEqualTo(123456);
        assertThat(Dinheiro.parse("1\u202f234,56").centavos()).isEqualTo(123456);
    }

    /**
     * The rule for a lone separator: a comma is decimal, so "12,345" has three decimals and is
     * refused rather than guessed; a lone dot followed by exactly three digits groups thousands,
     * as a Brazilian reads "12.345"; any other lone dot is decimal.
     */
    @Test
    void separadorSozinhoSegueARegraDocumentada() {
        recusa(() -> Dinheiro.parse("12,345"), "VALOR_INVALIDO");
        assertThat(Dinheiro.parse("12.345").centavos()).isEqualTo(1_234_500);
        assertThat(Dinheiro.parse("1.500").centavos()).isEqualTo(150_000);
        assertThat(Dinheiro.parse("12.34").centavos()).isEqualTo(1_234);
        assertThat(Dinheiro.parse("12.3").centavos()).isEqualTo(1_230);
    }

    @Test
    void separadorNoFimSemCasasDecimaisValeReaisInteiros() {
        assertThat(Dinheiro.parse("10,").centavos()).isEqualTo(1000);
        assertThat(Dinheiro.parse("10.").centavos()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.23.4", "abc", "12,345", "1,234", "1.234,567", "1234.567", "1,2,3", "12,34,56",
            "1.2345", "1..234", "1.234.56", ",50", ".50", "0.001", "01.234,00", "1,23,456.00", "1.234,5.6",
            "10 reais", "R$", "R$ ", "1e3", "0x10", "NaN", "Infinity", "١٢٣", "12-34", "(10,00)"})
    void rejeitaTextoQueNaoEhValor(String texto) {
        DomainException e = recusa(() -> Dinheiro.parse(texto), "VALOR_INVALIDO");

        assertThat(e.getMessage()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10", "-1,00", "R$ -5,00", "+10", "- 10"})
    void rejeitaSinais(String texto) {
        recusa(() -> Dinheiro.parse(texto), "VALOR_INVALIDO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.000.000.000,00", "9.999.999.999,991", "99999999999999999999999",
            "111111111111111111111111111111",
            "999999999999999999999999999999,00"})
    void rejeitaValorAcimaDoMaximo(String texto) {
        recusa(() -> Dinheiro.parse(texto), "VALOR_INVALIDO");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejeitaValorAusente(String texto) {
        recusa(() -> Dinheiro.parse(texto), "VALOR_INVALIDO");
    }

    @Test
    void deCentavosRecusaNegativoEAcimaDoMaximo() {
        assertThat(Dinheiro.deCentavos(MAXIMO_CENTAVOS).centavos()).isEqualTo(MAXIMO_CENTAVOS);
        recusa(() -> Dinheiro.deCentavos(-1), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deCentavos(MAXIMO_CENTAVOS + 1), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deCentavos(Long.MIN_VALUE), "VALOR_INVALIDO");
    }

    @Test
    void deReaisAceitaAteDuasCasasEIgnoraZerosAMais() {
        assertThat(Dinheiro.deReais(new BigDecimal("10.5")).centavos()).isEqualTo(1050);
        assertThat(Dinheiro.deReais(new BigDecimal("10.500")).centavos()).isEqualTo(1050);
        assertThat(Dinheiro.deReais(new BigDecimal("1E+3")).centavos()).isEqualTo(100_000);
        assertThat(Dinheiro.deReais(BigDecimal.ZERO)).isEqualTo(Dinheiro.ZERO);
    }

    @Test
    void deReaisRecusaCasasDemaisNegativoNuloEEstouro() {
        recusa(() -> Dinheiro.deReais(new BigDecimal("10.555")), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deReais(new BigDecimal("0.001")), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deReais(new BigDecimal("-0.01")), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deReais(null), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deReais(new BigDecimal("1E+30")), "VALOR_INVALIDO");
        recusa(() -> Dinheiro.deReais(new BigDecimal("10000000000.00")), "VALOR_INVALIDO");
    }

    @Test
    void reaisTemSempreDuasCasas() {
        assertThat(Dinheiro.deCentavos(5).reais()).isEqualTo(new BigDecimal("0.05"));
        assertThat(Dinheiro.deCentavos(1000).reais()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Dinheiro.deCentavos(1000).reais().scale()).isEqualTo(2);
    }

    @Test
    void somaESubtraiSemPerderCentavos() {
        Dinheiro a = Dinheiro.parse("0,10");
        Dinheiro b = Dinheiro.parse("0,20");

        assertThat(a.mais(b)).isEqualTo(Dinheiro.parse("0,30"));
        assertThat(Dinheiro.parse("1.234,56").menos(Dinheiro.parse("234,56"))).isEqualTo(Dinheiro.parse("1000"));
        assertThat(a.menos(a)).isEqualTo(Dinheiro.ZERO);
        assertThat(a.menos(a).ehZero()).isTrue();
        assertThat(a.ehZero()).isFalse();
    }

    @Test
    void somarCentMilVezesUmCentavoDaMilReaisExatos() {
        Dinheiro total = Dinheiro.ZERO;
        Dinheiro centavo = Dinheiro.deCentavos(1);
        for (int i = 0; i < 100_000; i++) {
            total = total.mais(centavo);
        }

        assertThat(total).isEqualTo(Dinheiro.parse("1.000,00"));
    }

    @Test
    void subtrairMaisDoQueHaRecusaResultadoNegativo() {
        recusa(() -> Dinheiro.parse("10").menos(Dinheiro.parse("10,01")), "VALOR_INVALIDO");
    }

    @Test
    void somarAlemDoMaximoEhRecusado() {
        recusa(() -> Dinheiro.deCentavos(MAXIMO_CENTAVOS).mais(Dinheiro.deCentavos(1)), "VALOR_INVALIDO");
    }

    @Test
    void ordenaPorValorEIgualdadeIgnoraAFormaDigitada() {
        List<Dinheiro> valores = new ArrayList<>(List.of(Dinheiro.parse("10"), Dinheiro.parse("0,99"),
                Dinheiro.parse("1.000"), Dinheiro.parse("10,01")));

        valores.sort(null);

        assertThat(valores).extracting(Dinheiro::centavos).containsExactly(99L, 1000L, 1001L, 100_000L);
        assertThat(Dinheiro.parse("R$ 1.234,56")).isEqualTo(Dinheiro.parse("1234.56"))
                .hasSameHashCodeAs(Dinheiro.parse("1234.56"));
        assertThat(Dinheiro.parse("1,00")).isEqualByComparingTo(Dinheiro.deCentavos(100));
    }

    @ParameterizedTest(name = "{0} centavos -> {1}")
    @CsvSource(delimiter = '|', value = {
        "123456       | R$ 1.234,56",
        "5            | R$ 0,05",
        "0            | R$ 0,00",
        "1000         | R$ 10,00",
        "100000       | R$ 1.000,00",
        "123456789    | R$ 1.234.567,89",
        "999999999999 | R$ 9.999.999.999,99"
    })
    void formataNoPadraoBrasileiro(long centavos, String esperado) {
        assertThat(Dinheiro.deCentavos(centavos).formatado()).isEqualTo(esperado);
    }

    @Test
    void formataIgualQualquerQueSejaOIdiomaDoServidor() {
        Locale original = Locale.getDefault();
        try {
            for (Locale idioma : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("ar-SA"),
                    Locale.forLanguageTag("th-TH-u-nu-thai"))) {
                Locale.setDefault(idioma);
                assertThat(Dinheiro.parse("1234.56").formatado()).as(idioma.toString()).isEqualTo("R$ 1.234,56");
                assertThat(Dinheiro.parse("1234.56").toString()).as(idioma.toString()).isEqualTo("1234.56");
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 5, 10, 99, 100, 101, 15050, 123456, 100_000_000, 999_999_999_999L})
    void textoFormatadoEToStringVoltamAoMesmoValor(long centavos) {
        Dinheiro valor = Dinheiro.deCentavos(centavos);

        assertThat(Dinheiro.parse(valor.toString())).isEqualTo(valor);
        assertThat(Dinheiro.parse(valor.formatado())).isEqualTo(valor);
    }

    @Test
    void toStringEhODecimalSimples() {
        assertThat(Dinheiro.parse("1.234,56")).hasToString("1234.56");
        assertThat(Dinheiro.deCentavos(5)).hasToString("0.05");
        assertThat(Dinheiro.ZERO).hasToString("0.00");
        assertThat(Dinheiro.deCentavos(100_000_000)).hasToString("1000000.00");
    }

    @Test
    void viraStringDecimalNoJson() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(Dinheiro.parse("1.234,56"))).isEqualTo("\"1234.56\"");
        assertThat(JSON.writeValueAsString(Map.of("valor", Dinheiro.deCentavos(5))))
                .isEqualTo("{\"valor\":\"0.05\"}");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 99, 15050, 123456, 100_000_000, 999_999_999_999L})
    void fazIdaEVoltaNoJson(long centavos) throws JsonProcessingException {
        Dinheiro valor = Dinheiro.deCentavos(centavos);

        assertThat(JSON.readValue(JSON.writeValueAsString(valor), Dinheiro.class)).isEqualTo(valor);
    }

    @Test
    void aceitaStringNoFormatoBrasileiroNoJson() throws JsonProcessingException {
        assertThat(JSON.readValue("\"R$ 1.234,56\"", Dinheiro.class).centavos()).isEqualTo(123456);
        assertThat(JSON.readValue("\"1.234\"", Dinheiro.class).centavos()).isEqualTo(123400);
    }

    @Test
    void aceitaNumeroNoJsonComoDecimalSimples() throws JsonProcessingException {
        assertThat(JSON.readValue("1234.56", Dinheiro.class).centavos()).isEqualTo(123456);
        assertThat(JSON.readValue("10", Dinheiro.class).centavos()).isEqualTo(1000);
        assertThat(JSON.readValue("0.1", Dinheiro.class).centavos()).isEqualTo(10);
        assertThat(JSON.readValue("99999999.99", Dinheiro.class).centavos()).isEqualTo(9_999_999_999L);
        assertThat(JSON.readValue("{\"valor\":150.5}", ComValor.class).valor().centavos()).isEqualTo(15050);
    }

    @Test
    void numeroNoJsonComTresCasasNaoViraMilhar() {
        assertThatThrownBy(() -> JSON.readValue("1.234", Dinheiro.class))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALOR_INVALIDO"));
    }

    @Test
    void numeroNoJsonTambemFuncionaComBigDecimalLigado() throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        assertThat(json.readValue("1234.56", Dinheiro.class).centavos()).isEqualTo(123456);
        assertThatThrownBy(() -> json.readValue("1.234", Dinheiro.class)).isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "1e30", "true", "[1]", "{\"centavos\":1}", "\"abc\"", "\"-1,00\""})
    void rejeitaNoJsonOQueNaoEhValor(String json) {
        assertThatThrownBy(() -> JSON.readValue(json, Dinheiro.class))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VALOR_INVALIDO"));
    }

    record ComValor(Dinheiro valor) {
    }
}
