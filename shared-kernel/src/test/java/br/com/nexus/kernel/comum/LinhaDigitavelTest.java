package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.EXEMPLOS_PUBLICOS;
import static br.com.nexus.kernel.comum.TestData.JSON;
import static br.com.nexus.kernel.comum.TestData.comDigitoGeral;
import static br.com.nexus.kernel.comum.TestData.recusa;
import static br.com.nexus.kernel.comum.TestData.trocarDigito;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.TestData.ExemploBoleto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinhaDigitavelTest {

    private static final String LINHA_BB = "00190000090120711300009000206186538600000004000";
    private static final String LINHA_BB_IMPRESSA = "00190.00009 01207.113000 09000.206186 5 38600000004000";
    private static final String CODIGO_BB = "00195386000000040000000001207113000900020618";

    static Stream<ExemploBoleto> exemplos() {
        return EXEMPLOS_PUBLICOS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void aceitaLinhasPublicadasEChegaAoCodigoDeBarras(ExemploBoleto exemplo) {
        LinhaDigitavel linha = LinhaDigitavel.of(exemplo.linha());

        assertThat(linha.numero()).isEqualTo(exemplo.linhaSemFormatacao());
        assertThat(linha.codigoBarras().numero()).isEqualTo(exemplo.codigoBarras());
        assertThat(linha.codigoBarras().valor()).isEqualTo(Dinheiro.parse(exemplo.valor()));
        assertThat(linha.codigoBarras().vencimento(exemplo.vencimento())).contains(exemplo.vencimento());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void montaAMesmaLinhaAPartirDoCodigoDeBarras(ExemploBoleto exemplo) {
        assertThat(LinhaDigitavel.de(CodigoBarras.of(exemplo.codigoBarras())))
                .isEqualTo(LinhaDigitavel.of(exemplo.linha()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void formataComoOBoletoImpresso(ExemploBoleto exemplo) {
        LinhaDigitavel linha = LinhaDigitavel.of(exemplo.linha());

        assertThat(linha.formatada()).matches("\\d{5}\\.\\d{5} \\d{5}\\.\\d{6} \\d{5}\\.\\d{6} \\d \\d{14}");
        assertThat(LinhaDigitavel.of(linha.formatada())).isEqualTo(linha);
        if (exemplo.linha().contains(".")) {
            assertThat(linha.formatada()).isEqualTo(exemplo.linha());
        }
    }

    @Test
    void formatadaSeparaOsCincoCampos() {
        assertThat(LinhaDigitavel.of(LINHA_BB).formatada()).isEqualTo(LINHA_BB_IMPRESSA);
    }

    @Test
    void aceitaEspacosDuplosEEspacosEmVolta() {
        String comEspacosDuplos = "  00190.00009  01207.113000  09000.206186  5  38600000004000 ";

        assertThat(LinhaDigitavel.of(comEspacosDuplos).numero()).isEqualTo(LINHA_BB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void recusaQualquerDigitoTrocadoNosTresPrimeirosCamposENoDigitoGeral(ExemploBoleto exemplo) {
        String original = exemplo.linhaSemFormatacao();
        // With a general digit other than 1, mod 11 also catches every change in factor and value.
        int ultimaPosicaoProtegida = original.charAt(32) == '1' ? 32 : 46;
        for (int posicao = 0; posicao <= ultimaPosicaoProtegida; posicao++) {
            for (char digito = '0'; digito <= '9'; digito++) {
                if (digito == original.charAt(posicao)) {
                    continue;
                }
                String alterada = trocarDigito(original, posicao, digito);
                recusa(() -> LinhaDigitavel.of(alterada), "LINHA_DIGITAVEL_INVALIDA");
            }
        }
    }

    @ParameterizedTest(name = "posição {0} -> {1}")
    @CsvSource({
        "2, campo 1",
        "6, campo 1",
        "9, campo 1",
        "12, campo 2",
        "20, campo 2",
        "25, campo 3",
        "31, campo 3",
        "32, geral",
        "36, geral",
        "44, geral"
    })
    void dizQualDigitoVerificadorNaoConfere(int posicao, String trecho) {
        char trocado = LINHA_BB.charAt(posicao) == '7' ? '3' : '7';

        DomainException e = recusa(() -> LinhaDigitavel.of(trocarDigito(LINHA_BB, posicao, trocado)),
                "LINHA_DIGITAVEL_INVALIDA");

        assertThat(e.getMessage()).contains(trecho);
    }

    @Test
    void recusaMoedaDiferenteDeRealMesmoComDigitosConferindo() {
        String linhaMoedaZero = linhaDe(comDigitoGeral("0010" + CODIGO_BB.substring(5)));

        DomainException e = recusa(() -> LinhaDigitavel.of(linhaMoedaZero), "LINHA_DIGITAVEL_INVALIDA");

        assertThat(e.getMessage()).contains("Moeda");
    }

    @Test
    void recusaLinhaQueComecaCom8MesmoComDigitosConferindo() {
        String linhaArrecadacao = linhaDe(comDigitoGeral("8019" + CODIGO_BB.substring(5)));

        DomainException e = recusa(() -> LinhaDigitavel.of(linhaArrecadacao), "LINHA_DIGITAVEL_INVALIDA");

        assertThat(e.getMessage()).contains("arrecadação");
    }

    @ParameterizedTest
    @ValueSource(strings = {"846700000017435900240209024050002435842210108119",
            "84670000001-7 43590024020-9 02405000243-5 84221010811-9"})
    void recusaLinhaDeArrecadacaoDe48Digitos(String texto) {
        recusa(() -> LinhaDigitavel.of(texto), "LINHA_DIGITAVEL_INVALIDA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0019000009012071130000900020618653860000000400",
            "001900000901207113000090002061865386000000040000",
            "0019000009012071130000900020618653860000000400X", "00190-00009 01207-113000 09000-206186 5 38600000004000",
            CODIGO_BB})
    void recusaTamanhoErradoOuCaracteresEstranhos(String texto) {
        DomainException e = recusa(() -> LinhaDigitavel.of(texto), "LINHA_DIGITAVEL_INVALIDA");

        assertThat(e.getMessage()).contains("47 dígitos");
    }

    @Test
    void recusaTextoLongoDemaisAntesDeLimpar() {
        String longo = LINHA_BB_IMPRESSA + " ".repeat(40);

        DomainException e = recusa(() -> LinhaDigitavel.of(longo), "LINHA_DIGITAVEL_INVALIDA");

        assertThat(e.getMessage()).contains("longa");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void recusaLinhaAusente(String texto) {
        recusa(() -> LinhaDigitavel.of(texto), "LINHA_DIGITAVEL_INVALIDA");
    }

    @Test
    void toStringEhONumeroSemFormatacao() {
        assertThat(LinhaDigitavel.of(LINHA_BB_IMPRESSA)).hasToString(LINHA_BB);
    }

    @Test
    void fazIdaEVoltaNoJsonComoStringSemFormatacao() throws JsonProcessingException {
        LinhaDigitavel linha = LinhaDigitavel.of(LINHA_BB_IMPRESSA);

        assertThat(JSON.writeValueAsString(Map.of("linha", linha))).isEqualTo("{\"linha\":\"" + LINHA_BB + "\"}");
        assertThat(JSON.readValue("\"" + LINHA_BB + "\"", LinhaDigitavel.class)).isEqualTo(linha);
        assertThat(JSON.readValue("\"" + LINHA_BB_IMPRESSA + "\"", LinhaDigitavel.class)).isEqualTo(linha);
    }

    @Test
    void jsonComLinhaInvalidaFalhaComOMotivoDeDominio() {
        String invalida = trocarDigito(LINHA_BB, 9, '0');

        assertThatThrownBy(() -> JSON.readValue("\"" + invalida + "\"", LinhaDigitavel.class))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("LINHA_DIGITAVEL_INVALIDA"));
    }

    /** Builds a linha without validating it, to reach the checks that come after the check digits. */
    private static String linhaDe(String barras) {
        String campo1 = barras.substring(0, 4) + barras.substring(19, 24);
        String campo2 = barras.substring(24, 34);
        String campo3 = barras.substring(34, 44);
        return campo1 + Digitos.modulo10(campo1) + campo2 + Digitos.modulo10(campo2) + campo3
                + Digitos.modulo10(campo3) + barras.charAt(4) + barras.substring(5, 19);
    }
}
