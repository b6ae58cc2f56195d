package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.JSON;
import static br.com.nexus.kernel.comum.TestData.recusa;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TelefoneWhatsappTest {

    /** Every DDD in use (Anatel); the complement of this list between 10 and 99 does not exist. */
    private static final List<Integer> DDDS_EXISTENTES = List.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
            41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
            71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // 11 digits: DDD + 9-digit mobile
        "11987654321          | 5511987654321",
        "(11) 98765-4321      | 5511987654321",
        "11 9 8765-4321       | 5511987654321",
        "11.98765.4321        | 5511987654321",
        "(21) 99876-5432      | 5521998765432",
        "(55) 99123-4567      | 5555991234567",
        // 13 digits: +55 + DDD + 9-digit mobile
        "5511987654321        | 5511987654321",
        "+55 11 98765-4321    | 5511987654321",
        "+55 (11) 98765-4321  | 5511987654321",
        "+55 (21) 99876-5432  | 5521998765432",
        "+55 31 98765-4321    | 5531987654321",
        // 10 digits: DDD + 8-digit mobile from before the ninth digit, which is added
        "1187654321           | 5511987654321",
        "(11) 8765-4321       | 5511987654321",
        "(31) 6123-4567       | 5531961234567",
        "(47) 7012-3456       | 5547970123456",
        "(92) 9988-7766       | 5592999887766",
        // 12 digits: +55 + DDD + 8-digit mobile
        "551187654321         | 5511987654321",
        "+55 11 8765-4321     | 5511987654321",
        "553299883755         | 5532999883755",
        // trunk prefix 0 before the DDD
        "0 11 98765-4321      | 5511987654321",
        "(011) 8765-4321      | 5511987654321"
    })
    void normalizaCelularesParaTrezeDigitos(String digitado, String esperado) {
        TelefoneWhatsapp telefone = TelefoneWhatsapp.of(digitado);

        assertThat(telefone.numero()).isEqualTo(esperado);
        assertThat(telefone.e164()).isEqualTo("+" + esperado);
        assertThat(telefone.ddd()).isEqualTo(esperado.substring(2, 4));
    }

    @Test
    void aceitaTodosOsDddsExistentes() {
        for (int ddd : DDDS_EXISTENTES) {
            assertThat(TelefoneWhatsapp.of(ddd + "987654321").ddd()).isEqualTo(String.valueOf(ddd));
        }
    }

    @Test
    void rejeitaTodosOsDddsInexistentes() {
        for (int ddd = 10; ddd <= 99; ddd++) {
            if (DDDS_EXISTENTES.contains(ddd)) {
                continue;
            }
            String comDdd = ddd + "987654321";
            DomainException e = recusa(() -> TelefoneWhatsapp.of(comDdd), "TELEFONE_INVALIDO");
            assertThat(e.getMessage()).contains("DDD " + ddd);
            recusa(() -> TelefoneWhatsapp.of("+55" + comDdd), "TELEFONE_INVALIDO");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(11) 3456-7890", "(11) 2345-6789", "(21) 4004-0001", "+55 11 5555-4444", "551155554444",
            "(61) 3333-2222"})
    void rejeitaTelefoneFixo(String fixo) {
        recusa(() -> TelefoneWhatsapp.of(fixo), "TELEFONE_FIXO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(11) 1234-5678", "(11) 0234-5678", "+55 21 1000-2000"})
    void rejeitaAssinanteQueComecaComZeroOuUmComoInvalidoENaoComoFixo(String texto) {
        recusa(() -> TelefoneWhatsapp.of(texto), "TELEFONE_INVALIDO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(11) 88765-4321", "+55 11 38765-4321", "5511787654321"})
    void rejeitaNoveDigitosQueNaoComecamComNove(String texto) {
        recusa(() -> TelefoneWhatsapp.of(texto), "TELEFONE_INVALIDO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"98765-4321", "8765-4321", "190", "+55", "----", "()", "+", "55 11",
            "5511987654321123", "+44 20 7946 0958", "001 415 555 2671", "+55 11 98765-43210"})
    void rejeitaNumerosSemFormatoDeCelularBrasileiro(String texto) {
        recusa(() -> TelefoneWhatsapp.of(texto), "TELEFONE_INVALIDO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11 9876S-4321", "abc", "(11) 98765-4321 ramal 2", "onze 98765-4321", "11 98765-4321x"})
    void rejeitaLetras(String texto) {
        DomainException e = recusa(() -> TelefoneWhatsapp.of(texto), "TELEFONE_INVALIDO");

        assertThat(e.getMessage()).contains("letras");
    }

    @Test
    void rejeitaEntradaLongaDemaisMesmoComDigitosValidos() {
        String longo = "(11) 98765-4321" + " ".repeat(30) + "-";

        DomainException e = recusa(() -> TelefoneWhatsapp.of(longo), "TELEFONE_INVALIDO");

        assertThat(e.getMessage()).contains("longo");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejeitaTelefoneAusente(String texto) {
        recusa(() -> TelefoneWhatsapp.of(texto), "TELEFONE_INVALIDO");
    }

    @Test
    void guardaOQueFoiDigitadoParaAuditoria() {
        TelefoneWhatsapp telefone = TelefoneWhatsapp.of("(11) 8765-4321");

        assertThat(telefone.original()).isEqualTo("(11) 8765-4321");
        assertThat(telefone.numero()).isEqualTo("5511987654321");
    }

    @Test
    void originalDescartaSoOsEspacosEmVolta() {
        assertThat(TelefoneWhatsapp.of("  +55 (11) 98765-4321 ").original()).isEqualTo("+55 (11) 98765-4321");
    }

    @Test
    void mesmoNumeroDigitadoDeFormasDiferentesTemOMesmoNumeroNormalizado() {
        TelefoneWhatsapp a = TelefoneWhatsapp.of("(11) 98765-4321");
        TelefoneWhatsapp b = TelefoneWhatsapp.of("+55 11 8765 4321");

        assertThat(a.numero()).isEqualTo(b.numero());
        assertThat(a.candidatosJid()).isEqualTo(b.candidatosJid());
    }

    @Test
    void candidatosJidTrazemAFormaComNonoDigitoEASemEle() {
        assertThat(TelefoneWhatsapp.of("(11) 98765-4321").candidatosJid())
                .containsExactly("5511987654321", "551187654321");
        assertThat(TelefoneWhatsapp.of("5531987654321").candidatosJid())
                .containsExactly("5531987654321", "553187654321");
        assertThat(TelefoneWhatsapp.of("553299883755").candidatosJid())
                .containsExactly("5532999883755", "553299883755");
    }

    @Test
    void mascaraMostraSoDddEQuatroUltimosDigitos() {
        TelefoneWhatsapp telefone = TelefoneWhatsapp.of("(11) 98765-4321");

        assertThat(telefone.mascarado()).isEqualTo("+55 11 9****-4321");
        assertThat(telefone.toString()).isEqualTo(telefone.mascarado());
        assertThat(telefone.toString()).doesNotContain("98765").doesNotContain("8765-4321");
    }

    @Test
    void mensagensDeErroNaoRepetemONumero() {
        DomainException fixo = recusa(() -> TelefoneWhatsapp.of("(11) 3456-7890"), "TELEFONE_FIXO");
        DomainException ddd = recusa(() -> TelefoneWhatsapp.of("(20) 98765-4321"), "TELEFONE_INVALIDO");

        assertThat(fixo.getMessage()).doesNotContain("3456");
        assertThat(ddd.getMessage()).doesNotContain("98765").doesNotContain("4321");
    }

    @Test
    void construtorExigeNumeroJaNormalizado() {
        recusa(() -> new TelefoneWhatsapp("11987654321", null), "TELEFONE_INVALIDO");
        recusa(() -> new TelefoneWhatsapp("551187654321", null), "TELEFONE_INVALIDO");
        recusa(() -> new TelefoneWhatsapp("5520987654321", null), "TELEFONE_INVALIDO");
        recusa(() -> new TelefoneWhatsapp("5511887654321", null), "TELEFONE_INVALIDO");
        recusa(() -> new TelefoneWhatsapp(null, "(11) 98765-4321"), "TELEFONE_INVALIDO");
    }

    @Test
    void construtorSemOriginalUsaONumero() {
        assertThat(new TelefoneWhatsapp("5511987654321", null).original()).isEqualTo("5511987654321");
    }

    @Test
    void fazIdaEVoltaNoJsonComNumeroEOriginal() throws JsonProcessingException {
        TelefoneWhatsapp telefone = TelefoneWhatsapp.of("(11) 8765-4321");

        String json = JSON.writeValueAsString(telefone);

        assertThat(JSON.readValue(json, Map.class))
                .isEqualTo(Map.of("numero", "5511987654321", "original", "(11) 8765-4321"));
        assertThat(JSON.readValue(json, TelefoneWhatsapp.class)).isEqualTo(telefone);
    }
}
