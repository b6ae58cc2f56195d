package br.com.nexus.query.funil;

import static br.com.nexus.query.teste.Dados.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.consulta.funil.BuscarFunilQuery;
import br.com.nexus.kernel.consulta.funil.ConversaoEtapa;
import br.com.nexus.kernel.consulta.funil.Funil;
import br.com.nexus.kernel.consulta.funil.FunilPorOrigem;
import br.com.nexus.kernel.consulta.funil.FunilPorPeriodo;
import br.com.nexus.kernel.consulta.funil.MotivoPerda;
import br.com.nexus.kernel.consulta.funil.TempoNaEtapa;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadAgendado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.LeadPerdido;
import br.com.nexus.kernel.lead.LeadQualificado;
import br.com.nexus.kernel.lead.LeadReaberto;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Dados;
import br.com.nexus.query.teste.Historia;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class FunilProjectionTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final LocalDate MARCO = LocalDate.of(2026, 3, 1);

    private final FunilProjection projecao = new FunilProjection(BancoDeTeste.jdbc(),
            new Calendario(SAO_PAULO, Clock.systemUTC()));
    private final Historia historia = new Historia(Instant.parse("2026-03-02T12:00:00Z"));
    private final TenantId tenant = TenantId.novo();

    @Test
    void contaLeadsPorEtapaEOrigem() {
        LeadId a = capturar(OrigemLead.INSTAGRAM);
        capturar(OrigemLead.INSTAGRAM);
        LeadId c = capturar(OrigemLead.SITE);
        historia.aplicar(a, new LeadContatado(a, tenant, null), projecao);
        historia.aplicar(c, new LeadPerdido(c, tenant, "sem interesse", EtapaLead.CAPTURADO), projecao);

        Funil funil = funil(MARCO, MARCO.plusDays(30), null);

        assertThat(funil.total()).isEqualTo(3);
        assertThat(funil.porEtapa()).containsEntry(EtapaLead.CAPTURADO, 1L).containsEntry(EtapaLead.CONTATADO, 1L)
                .containsEntry(EtapaLead.PERDIDO, 1L).containsEntry(EtapaLead.CONVERTIDO, 0L);
        FunilPorOrigem instagram = funil.porOrigem().stream().filter(o -> o.origem() == OrigemLead.INSTAGRAM)
                .findFirst().orElseThrow();
        assertThat(instagram.total()).isEqualTo(2);
        assertThat(instagram.porEtapa()).containsEntry(EtapaLead.CONTATADO, 1L);
        assertThat(funil.motivosPerda()).containsExactly(new MotivoPerda("sem interesse", 1));
    }

    @Test
    void taxasDeConversaoContamEtapasPuladasComoAlcancadas() {
        LeadId direto = capturar(OrigemLead.INDICACAO);
        historia.aplicar(direto, new LeadAgendado(direto, tenant, historia.agora().plusSeconds(86_400), "Avaliação"),
                projecao);
        LeadId convertido = capturar(OrigemLead.INDICACAO);
        historia.aplicar(convertido, new LeadContatado(convertido, tenant, null), projecao);
        historia.aplicar(convertido, new LeadQualificado(convertido, tenant, null), projecao);
        historia.aplicar(convertido, new LeadConvertido(convertido, tenant, ClienteId.novo(), Dados.CPF, "x",
                Dados.TELEFONE, null), projecao);
        capturar(OrigemLead.INDICACAO);
        capturar(OrigemLead.INDICACAO);

        Funil funil = funil(MARCO, MARCO.plusDays(30), null);

        assertThat(funil.alcancaram()).containsEntry(EtapaLead.CAPTURADO, 4L).containsEntry(EtapaLead.CONTATADO, 2L)
                .containsEntry(EtapaLead.QUALIFICADO, 2L).containsEntry(EtapaLead.AGENDADO, 2L)
                .containsEntry(EtapaLead.CONVERTIDO, 1L);
        assertThat(funil.conversoes()).extracting(ConversaoEtapa::taxa).usingComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).containsExactly(new BigDecimal("50.00"), new BigDecimal("100.00"),
                new BigDecimal("100.00"), new BigDecimal("50.00"));
    }

    @Test
    void medianaDoTempoEmCadaEtapa() {
        for (long horas : new long[] {1, 3, 10}) {
            historia.em(Instant.parse("2026-03-05T12:00:00Z"));
            LeadId lead = capturar(OrigemLead.SITE);
            historia.avancar(Duration.ofHours(horas));
            historia.aplicar(lead, new LeadContatado(lead, tenant, null), projecao);
        }

        Funil funil = funil(MARCO, MARCO.plusDays(30), null);

        TempoNaEtapa capturado = funil.tempoNaEtapa().get(0);
        assertThat(capturado.etapa()).isEqualTo(EtapaLead.CAPTURADO);
        assertThat(capturado.leads()).isEqualTo(3);
        assertThat(capturado.medianaSegundos()).isEqualTo(3 * 3600);
        assertThat(funil.tempoNaEtapa().get(1).leads()).as("ninguém saiu de CONTATADO").isZero();
    }

    @Test
    void periodoUsaODiaDeNegocioDeSaoPauloEPreencheDiasVazios() {
        historia.em(Instant.parse("2026-03-03T02:30:00Z"));
        capturar(OrigemLead.SITE);
        historia.em(Instant.parse("2026-03-03T12:00:00Z"));
        capturar(OrigemLead.SITE);

        Funil funil = funil(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), null);

        assertThat(funil.periodos()).containsExactly(
                new FunilPorPeriodo(LocalDate.of(2026, 3, 2), 1, 0, 0),
                new FunilPorPeriodo(LocalDate.of(2026, 3, 3), 1, 0, 0),
                new FunilPorPeriodo(LocalDate.of(2026, 3, 4), 0, 0, 0));
        assertThat(funil(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), null).total()).isEqualTo(1);
    }

    @Test
    void filtraPorOrigem() {
        capturar(OrigemLead.SITE);
        capturar(OrigemLead.FACEBOOK);

        assertThat(funil(MARCO, MARCO.plusDays(30), OrigemLead.FACEBOOK).total()).isEqualTo(1);
    }

    @Test
    void reabertoDeixaDeContarComoPerdido() {
        LeadId lead = capturar(OrigemLead.SITE);
        historia.aplicar(lead, new LeadPerdido(lead, tenant, "caro", EtapaLead.CAPTURADO), projecao);
        historia.aplicar(lead, new LeadReaberto(lead, tenant, "voltou", EtapaLead.CAPTURADO), projecao);

        Funil funil = funil(MARCO, MARCO.plusDays(30), null);

        assertThat(funil.porEtapa()).containsEntry(EtapaLead.PERDIDO, 0L).containsEntry(EtapaLead.CAPTURADO, 1L);
        assertThat(funil.motivosPerda()).isEmpty();
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        LeadId lead = capturar(OrigemLead.SITE);
        DomainEventMessage<?> contato = historia.aplicar(lead, new LeadContatado(lead, tenant, null), projecao);
        historia.aplicar(lead, new LeadPerdido(lead, tenant, "caro", EtapaLead.CONTATADO), projecao);
        Funil antes = funil(MARCO, MARCO.plusDays(30), null);

        historia.avancar(Duration.ofDays(2));
        Historia.reaplicar(contato, projecao);

        assertThat(funil(MARCO, MARCO.plusDays(30), null)).isEqualTo(antes);
        assertThat(antes.porEtapa()).containsEntry(EtapaLead.PERDIDO, 1L);
    }

    @Test
    void naoMisturaTenants() {
        capturar(OrigemLead.SITE);
        LeadId alheio = LeadId.novo();
        historia.aplicar(alheio, leadCapturado(TenantId.novo(), alheio, "Alheio", OrigemLead.SITE), projecao);

        assertThat(funil(MARCO, MARCO.plusDays(30), null).total()).isEqualTo(1);
    }

    private LeadId capturar(OrigemLead origem) {
        LeadId lead = LeadId.novo();
        historia.aplicar(lead, leadCapturado(tenant, lead, "Lead", origem), projecao);
        return lead;
    }

    private Funil funil(LocalDate de, LocalDate ate, OrigemLead origem) {
        return projecao.handle(new BuscarFunilQuery(tenant, de, ate, origem, Agrupamento.DIA));
    }
}
