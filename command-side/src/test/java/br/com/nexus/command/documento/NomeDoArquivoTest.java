package br.com.nexus.command.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NomeDoArquivoTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "José da Silva - 70%|JOSE_DA_SILVA",
        "MARIA CONCEIÇÃO -70 %|MARIA_CONCEICAO",
        "Ana Lúcia (50%)|ANA_LUCIA",
        "João Paulo – 33,5%|JOAO_PAULO",
        "  Antônio   D'Ávila  |ANTONIO_D_AVILA",
        "Luiz Gonzaga 2ª via|LUIZ_GONZAGA_2A_VIA",
        "Ção|CAO"})
    void normalizaNomeDaPlanilha(String nome, String esperado) {
        assertThat(NomeDoArquivo.normalizarNome(nome)).isEqualTo(esperado);
    }

    @Test
    void montaNomeDoArquivoComOMes() {
        assertThat(NomeDoArquivo.paraBoleto("José da Silva - 70%", YearMonth.of(2025, 3)))
                .isEqualTo("JOSE_DA_SILVA_MARCO.pdf");
    }

    @Test
    void mesComoOPortalMostraTambemEhNormalizado() {
        assertThat(NomeDoArquivo.paraBoleto("Ana", "Março/2025")).isEqualTo("ANA_MARCO_2025.pdf");
    }

    @Test
    void nomeVazioViraCliente() {
        assertThat(NomeDoArquivo.paraBoleto(" - 70%", YearMonth.of(2025, 12))).isEqualTo("CLIENTE_DEZEMBRO.pdf");
        assertThat(NomeDoArquivo.paraBoleto(null, "")).isEqualTo("CLIENTE.pdf");
    }

    @Test
    void nomeMuitoLongoEhCortado() {
        String nome = NomeDoArquivo.normalizarNome("Nome ".repeat(60));

        assertThat(nome).hasSizeLessThanOrEqualTo(120).doesNotEndWith("_").startsWith("NOME_NOME");
    }

    @Test
    void mesesSemAcento() {
        assertThat(NomeDoArquivo.nomeDoMes(Month.MARCH)).isEqualTo("MARCO");
        assertThat(NomeDoArquivo.nomeDoMes(Month.FEBRUARY)).isEqualTo("FEVEREIRO");
    }
}
