package br.com.nexus.command.portal.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MesReferenciaTest {

    @Test
    void leMesEAnoComoOPortalImprime() {
        assertThat(MesReferencia.ler("NOVEMBRO/2025")).contains(new MesReferencia(Month.NOVEMBER, 2025));
        assertThat(MesReferencia.ler("Referência: Março de 2026")).contains(new MesReferencia(Month.MARCH, 2026));
        assertThat(MesReferencia.ler("Parcela ref. FEV-2025")).contains(new MesReferencia(Month.FEBRUARY, 2025));
        assertThat(MesReferencia.ler("nov/25")).contains(new MesReferencia(Month.NOVEMBER, 2025));
        assertThat(MesReferencia.ler("Competência 07/2025")).contains(new MesReferencia(Month.JULY, 2025));
    }

    @Test
    void mesSemAnoFicaSemAno() {
        assertThat(MesReferencia.ler("DEZEMBRO")).contains(new MesReferencia(Month.DECEMBER, null));
        assertThat(MesReferencia.ler("DEZEMBRO").orElseThrow().comAno(Year.of(2025)))
                .isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void palavrasQueComecamComoMesNaoSaoMes() {
        assertThat(MesReferencia.ler("MARTINS JUNTO SETOR")).isEmpty();
        assertThat(MesReferencia.ler("Cliente MARTINS - referência 03/2025"))
                .contains(new MesReferencia(Month.MARCH, 2025));
    }

    @Test
    void textoSemMesNaoInventaUm() {
        assertThat(MesReferencia.ler("")).isEmpty();
        assertThat(MesReferencia.ler(null)).isEmpty();
        assertThat(MesReferencia.ler("Valor R$ 150,50 em 13/2025")).isEmpty();
    }

    @Test
    void nomeDoMesSemCedilhaParaOArquivo() {
        assertThat(new MesReferencia(Month.MARCH, 2025).nome()).isEqualTo("MARCO");
        assertThat(new MesReferencia(Month.MARCH, 2025)).hasToString("MARCO/2025");
    }
}
