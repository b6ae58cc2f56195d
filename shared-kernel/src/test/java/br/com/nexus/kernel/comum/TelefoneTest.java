package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.JSON;
import static br.com.nexus.kernel.comum.TestData.recusa;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TelefoneTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "(11) 3456-7890       | 551134567890",
        "1134567890           | 551134567890",
        "+55 11 3456-7890     | 551134567890",
        "551134567890         | 551134567890",
        "0 11 3456-7890       | 551134567890",
        "(21) 2345-6789       | 552123456789",
        "(61) 4004-0001       | 556140040001",
        "(31) 5555-4444       | 553155554444"
    })
    void normalizaFixoParaDozeDigitos(String digitado, String esperado) {
        Telefone telefone = Telefone.of(digitado);

        assertThat(telefone.numero()).isEqualTo(esperado);
        assertThat(telefone.celular()).isFalse();
        assertThat(telefone.paraWhatsapp()).isEmpty();
        assertThat(telefone.e164()).isEqualTo("+" + esperado);
        assertThat(telefone.ddd()).isEqualTo(esperado.substring(2, 4));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "(11) 98765-4321      | 5511987654321",
        "+55 11 98765-4321    | 5511987654321",
        "(11) 8765-4321       | 5511987654321",
        "+55 11 8765-4321     | 5511987654321",
        "(31) 6123-4567       | 5531961234567",
        "(011) 8765-4321      | 5511987654321"
    })
    void normalizaCelularComoTelefoneWhatsapp(String digitado, String esperado) {
        Telefone telefone = Telefone.of(digitado);

        assertThat(telefone.numero()).isEqualTo(esperado);
        assertThat(telefone.celular()).isTrue();
        assertThat(telefone.paraWhatsapp()).contains(TelefoneWhatsapp.of(digitado));
        assertThat(telefone.paraWhatsapp().orElseThrow().original()).isEqualTo(digitado);
    }

    @Test
    void mesmoFixoDigitadoDeFormasDiferentesTemOMesmoNumero() {
        assertThat(Telefone.of("(11) 3456-7890").numero()).isEqualTo(Telefone.of("+55 11 3456 7890").numero());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(11) 1234-5678", "(11) 0234-5678", "(11) 88765-4321", "(20) 3456-7890", "3456-7890",
            "+44 20 7946 0958", "5511987654321123", "+55 11 98765-43210"})
    void rejeitaComAsMesmasRegrasDoTelefoneWhatsapp(String texto) {
        recusa(() -> Telefone.of(texto), "TELEFONE_INVALIDO");
        recusa(() -> TelefoneWhatsapp.of(texto), "TELEFONE_INVALIDO");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "abc", "(11) 3456-7890 ramal 2"})
    void rejeitaAusenteOuComLetras(String texto) {
        recusa(() -> Telefone.of(texto), "TELEFONE_INVALIDO");
    }

    @Test
    void rejeitaEntradaLongaDemais() {
        recusa(() -> Telefone.of("(11) 3456-7890" + " ".repeat(30) + "-"), "TELEFONE_INVALIDO");
    }

    @Test
    void mascaraMostraSoDddEQuatroUltimosDigitos() {
        Telefone fixo = Telefone.of("(11) 3456-7890");
        Telefone celular = Telefone.of("(11) 98765-4321");

        assertThat(fixo.mascarado()).isEqualTo("+55 11 ****-7890");
        assertThat(fixo.toString()).isEqualTo(fixo.mascarado()).doesNotContain("3456");
        assertThat(celular.mascarado()).isEqualTo("+55 11 9****-4321").isEqualTo(TelefoneWhatsapp.of("11987654321").mascarado());
        assertThat(celular.toString()).doesNotContain("98765");
    }

    @Test
    void construtorExigeNumeroJaNormalizado() {
        recusa(() -> new Telefone("1134567890", null), "TELEFONE_INVALIDO");
        recusa(() -> new Telefone("551112345678", null), "TELEFONE_INVALIDO");
        recusa(() -> new Telefone("551167654321", null), "TELEFONE_INVALIDO");
        recusa(() -> new Telefone("5511887654321", null), "TELEFONE_INVALIDO");
        recusa(() -> new Telefone("552034567890", null), "TELEFONE_INVALIDO");
        recusa(() -> new Telefone(null, "(11) 3456-7890"), "TELEFONE_INVALIDO");
        assertThat(new Telefone("551134567890", null).original()).isEqualTo("551134567890");
    }

    @Test
    void temOMesmoJsonDoTelefoneWhatsapp() throws JsonProcessingException {
        TelefoneWhatsapp antigo = TelefoneWhatsapp.of("(11) 8765-4321");

        String json = JSON.writeValueAsString(antigo);
        Telefone lido = JSON.readValue(json, Telefone.class);

        assertThat(JSON.readValue(json, Map.class)).containsOnlyKeys("numero", "original");
        assertThat(lido).isEqualTo(new Telefone("5511987654321", "(11) 8765-4321"));
        assertThat(JSON.writeValueAsString(lido)).isEqualTo(json);
        assertThat(JSON.readValue(JSON.writeValueAsString(Telefone.of("(11) 3456-7890")), Map.class))
                .containsOnlyKeys("numero", "original");
    }
}
