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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodigoBarrasTest {

    private static final String BB = "00195386000000040000000001207113000900020618";
    private static final String CAMPO_LIVRE = "1234567890123456789012345";

    static Stream<ExemploBoleto> exemplos() {
        return EXEMPLOS_PUBLICOS.stream();
    }

    static Stream<ExemploBoleto> exemplosComDigitoGeralDiferenteDeUm() {
        return EXEMPLOS_PUBLICOS.stream().filter(e -> e.codigoBarras().charAt(4) != '1');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void aceitaBoletosPublicadosEExtraiBancoValorEVencimento(ExemploBoleto exemplo) {
        CodigoBarras codigo = CodigoBarras.of(exemplo.codigoBarras());

        assertThat(codigo.numero()).isEqualTo(exemplo.codigoBarras());
        assertThat(codigo.banco()).isEqualTo(exemplo.codigoBarras().substring(0, 3));
        assertThat(codigo.valor()).isEqualTo(Dinheiro.parse(exemplo.valor()));
        assertThat(codigo.campoLivre()).isEqualTo(exemplo.codigoBarras().substring(19));
        assertThat(codigo.fatorVencimento()).isEqualTo(FatorVencimento.de(exemplo.vencimento()));
        assertThat(codigo.vencimento(exemplo.vencimento().minusDays(20))).contains(exemplo.vencimento());
        assertThat(codigo.venceEm(exemplo.vencimento())).isTrue();
        assertThat(codigo.venceEm(exemplo.vencimento().plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void geraALinhaDigitavelPublicada(ExemploBoleto exemplo) {
        assertThat(CodigoBarras.of(exemplo.codigoBarras()).linhaDigitavel().numero())
                .isEqualTo(exemplo.linhaSemFormatacao());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplos")
    void gerarComOsDadosDoBoletoReproduzOCodigoPublicado(ExemploBoleto exemplo) {
        String publicado = exemplo.codigoBarras();

        CodigoBarras gerado = CodigoBarras.gerar(publicado.substring(0, 3), exemplo.vencimento(),
                Dinheiro.parse(exemplo.valor()), publicado.substring(19));

        assertThat(gerado.numero()).isEqualTo(publicado);
    }

    @Test
    void fator1001DeBoletoDe2000DecodificaConformeAReferencia() {
        CodigoBarras banrisul = CodigoBarras.of("04198100100000550002111029000150228325634059");

        assertThat(banrisul.fatorVencimento()).isEqualTo(1001);
        assertThat(banrisul.vencimento(LocalDate.of(2000, 6, 30))).contains(LocalDate.of(2000, 7, 4));
        assertThat(banrisul.vencimento(LocalDate.of(2025, 2, 1))).contains(LocalDate.of(2025, 2, 23));
        // venceEm compares factors: both dates of the factor match, a neighbouring day does not.
        assertThat(banrisul.venceEm(LocalDate.of(2025, 2, 23))).isTrue();
        assertThat(banrisul.venceEm(LocalDate.of(2000, 7, 4))).isTrue();
        assertThat(banrisul.venceEm(LocalDate.of(2025, 2, 22))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemplosComDigitoGeralDiferenteDeUm")
    void recusaQualquerDigitoTrocadoEmQualquerPosicao(ExemploBoleto exemplo) {
        String original = exemplo.codigoBarras();
        for (int posicao = 0; posicao < 44; posicao++) {
            for (char digito = '0'; digito <= '9'; digito++) {
                if (digito == original.charAt(posicao)) {
                    continue;
                }
                String alterado = trocarDigito(original, posicao, digito);
                recusa(() -> CodigoBarras.of(alterado), "CODIGO_BARRAS_INVALIDO");
            }
        }
    }

    @ParameterizedTest(name = "posição {0}")
    @ValueSource(ints = {0, 2, 4, 5, 8, 9, 18, 19, 30, 43})
    void recusaUmDigitoTrocadoEmCadaCampo(int posicao) {
        char trocado = BB.charAt(posicao) == '7' ? '3' : '7';

        DomainException e = recusa(() -> CodigoBarras.of(trocarDigito(BB, posicao, trocado)), "CODIGO_BARRAS_INVALIDO");

        assertThat(e.getMessage()).contains("verificador geral");
    }

    @Test
    void digitoGeralUmDeixaPassarAlgumasTrocasNoValorComoNoPadraoFebraban() {
        // 0, 10 and 11 all become 1, so with DV 1 a few value edits still check out: the value read
        // from a barcode must be compared with the registered charge, not trusted on its own.
        String asaas = "00191878900000050000000002759288002193297817";
        String valorTrocado = trocarDigito(asaas, 15, '9');

        assertThat(CodigoBarras.of(valorTrocado).valor()).isEqualTo(Dinheiro.parse("90,00"));
    }

    @Test
    void digitoGeralUsaUmQuandoOModulo11DaZeroDezOuOnze() {
        // raw 11 - (sum mod 11) = 10 and 11, both printed as 1
        assertThat(CodigoBarras.of("00191386000000001010000001207113000900020618").numero().charAt(4)).isEqualTo('1');
        assertThat(CodigoBarras.of("00191386000000001080000001207113000900020618").numero().charAt(4)).isEqualTo('1');
        recusa(() -> CodigoBarras.of("00190386000000001010000001207113000900020618"), "CODIGO_BARRAS_INVALIDO");
    }

    @Test
    void recusaMoedaDiferenteDeReal() {
        String moedaZero = comDigitoGeral("0010" + BB.substring(5));

        DomainException e = recusa(() -> CodigoBarras.of(moedaZero), "CODIGO_BARRAS_INVALIDO");

        assertThat(e.getMessage()).contains("Moeda");
    }

    @Test
    void recusaBoletoDeArrecadacao() {
        String arrecadacao = "84670000001435900240200240500024384221010811";

        DomainException e = recusa(() -> CodigoBarras.of(arrecadacao), "CODIGO_BARRAS_INVALIDO");

        assertThat(e.getMessage()).contains("arrecadação");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0019538600000004000000000120711300090002061",
            "001953860000000400000000012071130009000206180",
            "0019538600000004000000000120711300090002061X", "00195.38600 00000400000000012071130009000206",
            "00190.00009 01207.113000 09000.206186 5 38600000004000"})
    void recusaTamanhoErradoOuCaracteresQueNaoSaoDigitos(String texto) {
        DomainException e = recusa(() -> CodigoBarras.of(texto), "CODIGO_BARRAS_INVALIDO");

        assertThat(e.getMessage()).contains("44 dígitos");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void recusaCodigoAusente(String texto) {
        recusa(() -> CodigoBarras.of(texto), "CODIGO_BARRAS_INVALIDO");
    }

    @Test
    void ignoraEspacosEmVolta() {
        assertThat(CodigoBarras.of("  " + BB + "\n").numero()).isEqualTo(BB);
    }

    @Test
    void fatorZeroNaoTemVencimento() {
        CodigoBarras semVencimento = CodigoBarras.of(comDigitoGeral("0019" + "0000" + "0000004000" + CAMPO_LIVRE));

        assertThat(semVencimento.fatorVencimento()).isZero();
        assertThat(semVencimento.vencimento(LocalDate.of(2026, 11, 23))).isEmpty();
        assertThat(semVencimento.venceEm(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(semVencimento.valor()).isEqualTo(Dinheiro.parse("40,00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2025-02-20, 9998",
        "2025-02-21, 9999",
        "2025-02-22, 1000",
        "2025-02-23, 1001",
        "2026-11-30, 1646",
        "2049-10-13, 9999",
        "2049-10-14, 1000"
    })
    void gerarDosDoisLadosDaViradaFazIdaEVolta(LocalDate vencimento, int fator) {
        Dinheiro valor = Dinheiro.parse("150,50");

        CodigoBarras codigo = CodigoBarras.gerar("237", vencimento, valor, CAMPO_LIVRE);

        assertThat(codigo.fatorVencimento()).isEqualTo(fator);
        assertThat(codigo.numero().substring(5, 9)).isEqualTo(String.format(Locale.ROOT, "%04d", fator));
        assertThat(codigo.vencimento(vencimento.minusDays(10))).contains(vencimento);
        assertThat(codigo.vencimento(vencimento.plusDays(10))).contains(vencimento);
        assertThat(codigo.venceEm(vencimento)).isTrue();
        assertThat(codigo.valor()).isEqualTo(valor);
        assertThat(codigo.banco()).isEqualTo("237");
        assertThat(codigo.campoLivre()).isEqualTo(CAMPO_LIVRE);
        assertThat(codigo.linhaDigitavel().codigoBarras()).isEqualTo(codigo);
        assertThat(LinhaDigitavel.of(codigo.linhaDigitavel().formatada()).codigoBarras()).isEqualTo(codigo);
    }

    /** Expected values computed by a separate implementation of the FEBRABAN rules. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "237, 2025-02-22, 15050,  1234567890123456789012345, 23798100000000150501234567890123456789012345",
        "001, 2025-02-23, 100,    0000001207113000900020618, 00196100100000001000000001207113000900020618",
        "341, 2025-02-21, 999999, 1572189766660167451459000, 34194999900009999991572189766660167451459000",
        "756, 2026-11-30, 123456, 1432701022938500000024001, 75691164600001234561432701022938500000024001",
        "104, 2049-10-13, 1,      1002359990000000003994458, 10494999900000000011002359990000000003994458"
    })
    void gerarDepoisDaViradaConfereComCalculoIndependente(String banco, LocalDate vencimento, long centavos,
            String campoLivre, String esperado) {
        assertThat(CodigoBarras.gerar(banco, vencimento, Dinheiro.deCentavos(centavos), campoLivre).numero())
                .isEqualTo(esperado);
    }

    @Test
    void gerarAceitaOMaiorValorQueCabeNoCodigo() {
        CodigoBarras codigo = CodigoBarras.gerar("341", LocalDate.of(2026, 12, 1), Dinheiro.deCentavos(9_999_999_999L),
                CAMPO_LIVRE);

        assertThat(codigo.valor()).isEqualTo(Dinheiro.parse("99.999.999,99"));
    }

    @Test
    void gerarRecusaValorQueNaoCabeNoCodigo() {
        recusa(() -> CodigoBarras.gerar("341", LocalDate.of(2026, 12, 1), Dinheiro.parse("100.000.000,00"), CAMPO_LIVRE),
                "VALOR_INVALIDO");
    }

    @Test
    void gerarRecusaValorAusente() {
        recusa(() -> CodigoBarras.gerar("341", LocalDate.of(2026, 12, 1), null, CAMPO_LIVRE), "VALOR_INVALIDO");
    }

    @Test
    void gerarRecusaVencimentoAusenteOuAnteriorAoPrimeiroFator() {
        Dinheiro valor = Dinheiro.parse("10");
        recusa(() -> CodigoBarras.gerar("341", null, valor, CAMPO_LIVRE), "VENCIMENTO_INVALIDO");
        recusa(() -> CodigoBarras.gerar("341", LocalDate.of(2000, 7, 2), valor, CAMPO_LIVRE), "VENCIMENTO_INVALIDO");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"01", "0001", "abc", "3 4"})
    void gerarRecusaBancoInvalido(String banco) {
        recusa(() -> CodigoBarras.gerar(banco, LocalDate.of(2026, 12, 1), Dinheiro.parse("10"), CAMPO_LIVRE),
                "BANCO_INVALIDO");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789012345678901234", "12345678901234567890123456", "123456789012345678901234X"})
    void gerarRecusaCampoLivreInvalido(String campoLivre) {
        recusa(() -> CodigoBarras.gerar("341", LocalDate.of(2026, 12, 1), Dinheiro.parse("10"), campoLivre),
                "CAMPO_LIVRE_INVALIDO");
    }

    @Test
    void gerarProduzDigitosAsciiQualquerQueSejaOIdiomaDoServidor() {
        Locale original = Locale.getDefault();
        try {
            for (Locale idioma : List.of(Locale.forLanguageTag("ar-SA"), Locale.forLanguageTag("th-TH-u-nu-thai"),
                    Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
                Locale.setDefault(idioma);
                CodigoBarras codigo = CodigoBarras.gerar("001", LocalDate.of(2008, 5, 2), Dinheiro.parse("40"),
                        "0000001207113000900020618");
                assertThat(codigo.numero()).as(idioma.toString()).isEqualTo(BB);
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void toStringEhONumero() {
        assertThat(CodigoBarras.of(BB)).hasToString(BB);
    }

    @Test
    void fazIdaEVoltaNoJsonComoString() throws JsonProcessingException {
        CodigoBarras codigo = CodigoBarras.of(BB);

        assertThat(JSON.writeValueAsString(Map.of("codigoBarras", codigo)))
                .isEqualTo("{\"codigoBarras\":\"" + BB + "\"}");
        assertThat(JSON.readValue("\"" + BB + "\"", CodigoBarras.class)).isEqualTo(codigo);
    }

    @Test
    void jsonComCodigoInvalidoFalhaComOMotivoDeDominio() {
        String invalido = trocarDigito(BB, 10, '9');

        assertThatThrownBy(() -> JSON.readValue("\"" + invalido + "\"", CodigoBarras.class))
                .isInstanceOf(JsonMappingException.class)
                .rootCause()
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("CODIGO_BARRAS_INVALIDO"));
    }
}
