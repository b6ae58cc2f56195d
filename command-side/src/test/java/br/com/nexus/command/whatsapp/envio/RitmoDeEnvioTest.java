package br.com.nexus.command.whatsapp.envio;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RitmoDeEnvioTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    /** 10:00 in São Paulo (UTC-3). */
    private static final Instant DEZ_HORAS = Instant.parse("2026-03-10T13:00:00Z");

    private static RegrasDeRitmo regras(int minimo, int maximo, int pausaApos, int pausa, String inicio, String fim) {
        return new RegrasDeRitmo(Duration.ofSeconds(minimo), Duration.ofSeconds(maximo), pausaApos,
                Duration.ofSeconds(pausa), LocalTime.parse(inicio), LocalTime.parse(fim), SAO_PAULO,
                Duration.ofSeconds(4));
    }

    @Test
    void agendaCadaEnvioUmIntervaloSorteadoDepoisDoAnteriorEPausaAposNEnvios() {
        RitmoDeEnvio ritmo = new RitmoDeEnvio(regras(30, 90, 3, 600, "08:00", "20:00"), SorteioFixo.minimo());

        List<Instant> agenda = new ArrayList<>();
        Instant quando = DEZ_HORAS;
        int sequencia = 0;
        for (int i = 0; i < 5; i++) {
            agenda.add(quando);
            RitmoDeEnvio.Proximo proximo = ritmo.aposEnvio(quando, sequencia);
            quando = proximo.quando();
            sequencia = proximo.enviosNaSequencia();
        }

        assertThat(agenda).containsExactly(
                Instant.parse("2026-03-10T13:00:00Z"),
                Instant.parse("2026-03-10T13:00:30Z"),
                Instant.parse("2026-03-10T13:01:00Z"),
                Instant.parse("2026-03-10T13:11:30Z"),
                Instant.parse("2026-03-10T13:12:00Z"));
    }

    @Test
    void intervaloFicaDentroDoMinimoEDoMaximo() {
        RegrasDeRitmo regras = regras(30, 90, 0, 0, "08:00", "20:00");

        assertThat(new RitmoDeEnvio(regras, SorteioFixo.minimo()).aposEnvio(DEZ_HORAS, 0).quando())
                .isEqualTo(DEZ_HORAS.plusSeconds(30));
        assertThat(new RitmoDeEnvio(regras, SorteioFixo.maximo()).aposEnvio(DEZ_HORAS, 0).quando())
                .isEqualTo(DEZ_HORAS.plusSeconds(90));
        assertThat(new RitmoDeEnvio(regras, new SorteioFixo(0.5)).aposEnvio(DEZ_HORAS, 0).quando())
                .isBetween(DEZ_HORAS.plusSeconds(59), DEZ_HORAS.plusSeconds(61));
    }

    @Test
    void pausaZeroNuncaPausa() {
        RitmoDeEnvio ritmo = new RitmoDeEnvio(regras(10, 10, 0, 600, "08:00", "20:00"), SorteioFixo.minimo());

        RitmoDeEnvio.Proximo proximo = ritmo.aposEnvio(DEZ_HORAS, 1000);

        assertThat(proximo.quando()).isEqualTo(DEZ_HORAS.plusSeconds(10));
        assertThat(proximo.enviosNaSequencia()).isEqualTo(1001);
    }

    @Test
    void janelaDeHorarioNoFusoDaEmpresa() {
        RitmoDeEnvio ritmo = new RitmoDeEnvio(regras(30, 90, 0, 0, "08:00", "20:00"), SorteioFixo.minimo());

        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-10T11:00:00Z"))).as("08:00 local").isTrue();
        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-10T10:59:59Z"))).as("07:59:59 local").isFalse();
        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-10T22:59:59Z"))).as("19:59:59 local").isTrue();
        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-10T23:00:00Z"))).as("20:00 local").isFalse();
    }

    @Test
    void foraDaJanelaOProximoEnvioEsperaAAberturaSeguinte() {
        RitmoDeEnvio ritmo = new RitmoDeEnvio(regras(30, 90, 0, 0, "08:00", "20:00"), SorteioFixo.minimo());

        assertThat(ritmo.proximaAbertura(Instant.parse("2026-03-10T09:00:00Z")))
                .as("06:00 local: abre hoje às 08:00").isEqualTo(Instant.parse("2026-03-10T11:00:00Z"));
        assertThat(ritmo.proximaAbertura(Instant.parse("2026-03-10T23:30:00Z")))
                .as("20:30 local: abre amanhã às 08:00").isEqualTo(Instant.parse("2026-03-11T11:00:00Z"));
        assertThat(ritmo.proximaAbertura(DEZ_HORAS)).as("aberta: agora").isEqualTo(DEZ_HORAS);
    }

    @Test
    void janelaQueAtravessaAMeiaNoite() {
        RitmoDeEnvio ritmo = new RitmoDeEnvio(regras(30, 90, 0, 0, "22:00", "02:00"), SorteioFixo.minimo());

        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-11T02:00:00Z"))).as("23:00 local").isTrue();
        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-11T04:30:00Z"))).as("01:30 local").isTrue();
        assertThat(ritmo.janelaAberta(DEZ_HORAS)).as("10:00 local").isFalse();
        assertThat(ritmo.proximaAbertura(DEZ_HORAS)).isEqualTo(Instant.parse("2026-03-11T01:00:00Z"));
    }

    @Test
    void inicioIgualAoFimEhODiaInteiro() {
        RitmoDeEnvio ritmo = new RitmoDeEnvio(regras(0, 0, 0, 0, "00:00", "00:00"), SorteioFixo.minimo());

        assertThat(ritmo.janelaAberta(Instant.parse("2026-03-10T06:00:00Z"))).isTrue();
        assertThat(ritmo.aposEnvio(DEZ_HORAS, 0).quando()).isEqualTo(DEZ_HORAS);
    }

    @Test
    void digitacaoSorteadaAteOMaximoDaEmpresa() {
        RegrasDeRitmo regras = regras(30, 90, 0, 0, "08:00", "20:00");

        assertThat(new RitmoDeEnvio(regras, SorteioFixo.minimo()).digitacao()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new RitmoDeEnvio(regras, SorteioFixo.maximo()).digitacao()).isEqualTo(Duration.ofSeconds(4));
        RegrasDeRitmo semDigitacao = new RegrasDeRitmo(regras.intervaloMinimo(), regras.intervaloMaximo(), 0,
                Duration.ZERO, regras.janelaInicio(), regras.janelaFim(), SAO_PAULO, Duration.ZERO);
        assertThat(new RitmoDeEnvio(semDigitacao, SorteioFixo.maximo()).digitacao()).isZero();
    }
}
