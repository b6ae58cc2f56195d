package br.com.nexus.kernel.cobranca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.comum.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanejadorDeCobrancaTest {

    private static final ReguaDeCobranca PADRAO = ReguaDeCobranca.padrao();

    @Test
    void reguaPadraoSaiAsOitoDeSaoPauloNosDiasDaRegua() {
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(PADRAO, LocalDate.of(2026, 12, 17),
                Instant.parse("2026-12-07T12:00:00Z"), Set.of(), null);

        assertThat(plano.etapas()).extracting(EtapaPlanejada::quando).containsExactly(
                Instant.parse("2026-12-14T11:00:00Z"), Instant.parse("2026-12-17T11:00:00Z"),
                Instant.parse("2026-12-18T11:00:00Z"), Instant.parse("2026-12-24T11:00:00Z"));
        assertThat(plano.vencidoEm()).isEqualTo(Instant.parse("2026-12-18T03:00:00Z"));
    }

    @Test
    void feriadosMoveisEFimDeSemanaEmpurramParaODiaUtilSeguinte() {
        // Carnaval 2027 is Tuesday 9 February: D-3 of a boleto due on Friday 12/02 moves to Wednesday 10/02
        // (Ash Wednesday is in the calendar too, so Thursday 11/02).
        assertThat(CalendarioDeCobranca.feriado(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(CalendarioDeCobranca.feriado(LocalDate.of(2027, 3, 26))).as("Sexta-feira Santa").isTrue();
        assertThat(CalendarioDeCobranca.feriado(LocalDate.of(2027, 5, 27))).as("Corpus Christi").isTrue();
        assertThat(CalendarioDeCobranca.feriado(LocalDate.of(2026, 11, 20))).as("Consciência Negra").isTrue();
        assertThat(CalendarioDeCobranca.feriado(LocalDate.of(2026, 12, 24))).isFalse();

        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(PADRAO, LocalDate.of(2027, 2, 12),
                Instant.parse("2027-02-01T12:00:00Z"), Set.of(), null);
        assertThat(plano.etapas().get(0).quando()).isEqualTo(Instant.parse("2027-02-11T11:00:00Z"));
    }

    @Test
    void vencimentoNoSabadoSoVenceDepoisDoDiaUtilSeguinte() {
        // Saturday 19/12/2026: payable on Monday 21/12, overdue from Tuesday 22/12.
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(PADRAO, LocalDate.of(2026, 12, 19),
                Instant.parse("2026-12-07T12:00:00Z"), Set.of(), null);

        assertThat(plano.vencidoEm()).isEqualTo(Instant.parse("2026-12-22T03:00:00Z"));
        assertThat(plano.etapas()).filteredOn(e -> e.diasRelativosAoVencimento() == 1).singleElement()
                .extracting(EtapaPlanejada::quando).isEqualTo(Instant.parse("2026-12-22T11:00:00Z"));
    }

    @Test
    void foraDaJanelaEsperaAJanelaAbrir() {
        Instant noite = Instant.parse("2026-12-15T23:30:00Z"); // 20:30 in São Paulo, window closed at 20:00
        assertThat(PlanejadorDeCobranca.proximoMomentoPermitido(PADRAO, noite))
                .isEqualTo(Instant.parse("2026-12-16T11:00:00Z"));
        Instant tarde = Instant.parse("2026-12-15T18:00:00Z");
        assertThat(PlanejadorDeCobranca.proximoMomentoPermitido(PADRAO, tarde)).isEqualTo(tarde);
    }

    @Test
    void registroAtrasadoSoTemAEtapaMaisRecenteDevidaAsOutrasPuladas() {
        Instant agora = Instant.parse("2026-12-21T14:00:00Z");
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(PADRAO, LocalDate.of(2026, 12, 17), agora, Set.of(),
                null);

        List<EtapaPlanejada> devidas = plano.devidasAte(agora);
        assertThat(devidas).extracting(EtapaPlanejada::diasRelativosAoVencimento).containsExactly(-3, 0, 1);
        assertThat(devidas).filteredOn(EtapaPlanejada::prevista).singleElement()
                .satisfies(e -> assertThat(e.diasRelativosAoVencimento()).isEqualTo(1));
        assertThat(plano.proximaDepoisDe(agora)).get().extracting(EtapaPlanejada::diasRelativosAoVencimento)
                .isEqualTo(7);
    }

    @Test
    void boletoRegistradoMesesDepoisDoVencimentoNaoRecebeMensagem() {
        Instant agora = Instant.parse("2027-03-01T14:00:00Z");
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(PADRAO, LocalDate.of(2026, 12, 17), agora, Set.of(),
                null);

        assertThat(plano.etapas()).noneMatch(EtapaPlanejada::prevista);
        assertThat(plano.etapas()).last().extracting(EtapaPlanejada::motivo).isEqualTo(PlanejadorDeCobranca.ANTIGA);
    }

    @Test
    void espacamentoContaAPartirDaUltimaMensagemAoCliente() {
        Instant ultima = Instant.parse("2026-12-14T10:00:00Z");
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(PADRAO, LocalDate.of(2026, 12, 17),
                Instant.parse("2026-12-14T10:30:00Z"), Set.of(), ultima);

        assertThat(plano.etapas().get(0).quando()).isEqualTo(Instant.parse("2026-12-15T10:00:00Z").plusSeconds(3600));
    }

    @Test
    void etapaAnteriorAUmaJaTratadaNaoSai() {
        ReguaDeCobranca comD5 = new ReguaDeCobranca(List.of(new EtapaRegua("D-5", -5, null, true),
                new EtapaRegua("D0", 0, null, true)), LocalTime.of(8, 0), LocalTime.of(20, 0), true, true, 24, 1);
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(comD5, LocalDate.of(2026, 12, 17),
                Instant.parse("2026-12-16T12:00:00Z"), Set.of(-3), null);

        assertThat(plano.etapas()).extracting(EtapaPlanejada::diasRelativosAoVencimento, EtapaPlanejada::situacao)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(-5, EtapaPlanejada.Situacao.PULADA),
                        org.assertj.core.groups.Tuple.tuple(0, EtapaPlanejada.Situacao.PREVISTA));
    }

    @Test
    void reguaInvalidaDizCadaProblema() {
        ReguaDeCobranca invalida = new ReguaDeCobranca(List.of(new EtapaRegua("a", 1, null, true),
                new EtapaRegua("b", 1, null, true)), LocalTime.of(20, 0), LocalTime.of(8, 0), true, true, 24, 1);

        assertThatThrownBy(invalida::validada).isInstanceOf(DomainException.class)
                .hasMessageContaining("duas etapas no mesmo dia (D+1)")
                .hasMessageContaining("a janela de envio termina (08:00) antes de começar (20:00)")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("REGUA_INVALIDA");
    }

    @Test
    void semDiasUteisNemFeriadosSaiEmQualquerDia() {
        ReguaDeCobranca todoDia = new ReguaDeCobranca(List.of(new EtapaRegua("D0", 0, null, true)),
                LocalTime.MIDNIGHT, LocalTime.of(23, 59), false, false, 0, 1);
        PlanoDeCobranca plano = PlanejadorDeCobranca.planejar(todoDia, LocalDate.of(2026, 12, 25),
                Instant.parse("2026-12-01T12:00:00Z"), Set.of(), null);
        assertThat(plano.etapas().get(0).quando()).isEqualTo(Instant.parse("2026-12-25T03:00:00Z"));
    }
}
