package br.com.nexus.kernel.comum;

import static br.com.nexus.kernel.comum.TestData.recusa;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FatorVencimentoTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // FEBRABAN manual table
        "2000-07-03, 1000",
        "2000-07-04, 1001",
        "2012-04-27, 5316",
        "2025-02-20, 9998",
        "2025-02-21, 9999",
        // the 2025 rollover
        "2025-02-22, 1000",
        "2025-02-23, 1001",
        // values asserted by public libraries (caelum-stella, Boleto2Net, Asaas docs)
        "2008-05-02, 3860",
        "2014-01-18, 5947",
        "2014-03-12, 6000",
        "2017-01-21, 7046",
        "2021-10-30, 8789",
        // later in the second cycle, and the next rollover 9000 days after the first
        "2026-11-30, 1646",
        "2049-10-13, 9999",
        "2049-10-14, 1000"
    })
    void calculaOFatorComAVoltaA1000(LocalDate vencimento, int fator) {
        assertThat(FatorVencimento.de(vencimento)).isEqualTo(fator);
    }

    @Test
    void vencimentoAntesDoPrimeiroFator1000NaoTemFator() {
        recusa(() -> FatorVencimento.de(LocalDate.of(2000, 7, 2)), "VENCIMENTO_INVALIDO");
        recusa(() -> FatorVencimento.de(LocalDate.of(1997, 10, 7)), "VENCIMENTO_INVALIDO");
        recusa(() -> FatorVencimento.de(LocalDate.of(1990, 1, 1)), "VENCIMENTO_INVALIDO");
    }

    @Test
    void vencimentoAusenteEhRecusado() {
        recusa(() -> FatorVencimento.de(null), "VENCIMENTO_INVALIDO");
    }

    @ParameterizedTest(name = "fator {0} lido perto de {1} -> {2}")
    @CsvSource({
        "1000, 2000-06-20, 2000-07-03",
        "1000, 2025-02-10, 2025-02-22",
        "1000, 2025-03-01, 2025-02-22",
        "1001, 2000-07-01, 2000-07-04",
        "1001, 2025-02-20, 2025-02-23",
        "9999, 2025-02-15, 2025-02-21",
        "9999, 2025-03-01, 2025-02-21",
        "9998, 2025-02-22, 2025-02-20",
        "3860, 2008-04-04, 2008-05-02",
        "8789, 2021-10-01, 2021-10-30",
        "1646, 2026-11-23, 2026-11-30",
        "1646, 2035-01-01, 2026-11-30",
        "1000, 2049-10-14, 2049-10-14"
    })
    void decodificaParaADataMaisProximaDaReferencia(int fator, LocalDate referencia, LocalDate esperado) {
        assertThat(FatorVencimento.vencimento(fator, referencia)).contains(esperado);
    }

    @Test
    void umFatorNomeiaUmaDataPorCicloEAReferenciaEscolhe() {
        assertThat(FatorVencimento.vencimento(1000, LocalDate.of(2012, 10, 27))).contains(LocalDate.of(2000, 7, 3));
        assertThat(FatorVencimento.vencimento(1000, LocalDate.of(2012, 10, 29))).contains(LocalDate.of(2025, 2, 22));
    }

    @Test
    void boletoAntigoLidoHojeCaiNoCicloSeguinte() {
        // Documented limitation: a reference far from the issue date picks the other cycle.
        assertThat(FatorVencimento.vencimento(3860, LocalDate.of(2026, 11, 23))).contains(LocalDate.of(2032, 12, 22));
    }

    @Test
    void referenciaAntesDoPrimeiroCicloFicaNoPrimeiroCiclo() {
        assertThat(FatorVencimento.vencimento(1500, LocalDate.of(1999, 1, 1))).contains(LocalDate.of(2001, 11, 15));
    }

    @Test
    void idaEVoltaParaTodoDiaDe2000a2060ComReferenciaPerto() {
        for (LocalDate dia = LocalDate.of(2000, 7, 3); dia.isBefore(LocalDate.of(2060, 1, 1)); dia = dia.plusDays(1)) {
            int fator = FatorVencimento.de(dia);
            assertThat(fator).isBetween(1000, 9999);
            assertThat(FatorVencimento.vencimento(fator, dia)).contains(dia);
            assertThat(FatorVencimento.vencimento(fator, dia.minusDays(60))).contains(dia);
            assertThat(FatorVencimento.vencimento(fator, dia.plusDays(4000))).contains(dia);
        }
    }

    @Test
    void fatorZeroNaoTemVencimento() {
        assertThat(FatorVencimento.vencimento(0, LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void fatorAbaixoDe1000EhDataDoInicioDaContagem() {
        assertThat(FatorVencimento.vencimento(1, LocalDate.of(2026, 1, 1))).contains(LocalDate.of(1997, 10, 8));
        assertThat(FatorVencimento.vencimento(999, LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2000, 7, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void fatorForaDeQuatroDigitosEhRecusado(int fator) {
        recusa(() -> FatorVencimento.vencimento(fator, LocalDate.of(2026, 1, 1)), "FATOR_INVALIDO");
    }
}
