package br.com.nexus.command.lead;

import static br.com.nexus.command.TestData.AGENDAMENTO;
import static br.com.nexus.command.TestData.CPF;
import static br.com.nexus.command.TestData.erro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import br.com.nexus.command.PostgresDeTeste;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.AgendarLeadCommand;
import br.com.nexus.kernel.lead.CapturarLeadCommand;
import br.com.nexus.kernel.lead.ContatarLeadCommand;
import br.com.nexus.kernel.lead.ConverterLeadCommand;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadAgendado;
import br.com.nexus.kernel.lead.LeadCapturado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.LeadPerdido;
import br.com.nexus.kernel.lead.LeadQualificado;
import br.com.nexus.kernel.lead.LeadReaberto;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.QualificarLeadCommand;
import br.com.nexus.kernel.lead.ReabrirLeadCommand;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class LeadTest {

    private static final Telefone TELEFONE = Telefone.of("(11) 98765-4321");
    private static final Telefone OUTRO_TELEFONE = Telefone.of("(21) 99876-5432");
    private static final Telefone FIXO = Telefone.of("(11) 3456-7890");

    private final TenantId tenant = TenantId.novo();
    private final TenantId outroTenant = TenantId.novo();
    private final LeadId leadId = LeadId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final JdbcTemplate jdbc = PostgresDeTeste.jdbcTemplate();
    private LeadTelefoneLookup telefones;
    private AggregateTestFixture<Lead> fixture;

    @BeforeEach
    void configurar() {
        telefones = new LeadTelefoneLookup(jdbc);
        fixture = novaFixture();
    }

    private AggregateTestFixture<Lead> novaFixture() {
        AggregateTestFixture<Lead> nova = new AggregateTestFixture<>(Lead.class);
        nova.registerAnnotatedCommandHandler(new LeadCommandHandler(nova.getRepository(), telefones));
        return nova;
    }

    @Test
    void capturaLeadEReservaOTelefone() {
        fixture.givenNoPriorActivity()
                .when(capturar())
                .expectSuccessfulHandlerExecution()
                .expectEvents(capturado());
        assertEquals(leadId.valor(), donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void capturaLeadSemTelefoneQuandoHaEmail() {
        fixture.givenNoPriorActivity()
                .when(new CapturarLeadCommand(leadId, tenant, "Ana", null, "ana@exemplo.com", OrigemLead.SITE, null))
                .expectEvents(new LeadCapturado(leadId, tenant, "Ana", null, "ana@exemplo.com", OrigemLead.SITE, null));
    }

    @Test
    void recusaCapturaComTelefoneDeOutroLeadAberto() {
        telefones.reservar(tenant, TELEFONE, LeadId.novo());
        fixture.givenNoPriorActivity()
                .when(capturar())
                .expectException(erro(ErrorKind.CONFLITO, "TELEFONE_DUPLICADO"))
                .expectNoEvents();
    }

    @Test
    void aceitaMesmoTelefoneEmOutroTenant() {
        telefones.reservar(outroTenant, TELEFONE, LeadId.novo());
        fixture.givenNoPriorActivity()
                .when(capturar())
                .expectEvents(capturado());
    }

    @Test
    void recusaCapturaSemNome() {
        fixture.givenNoPriorActivity()
                .when(new CapturarLeadCommand(leadId, tenant, " ", TELEFONE, null, OrigemLead.SITE, null))
                .expectException(erro(ErrorKind.INVALIDO, "NOME_OBRIGATORIO"))
                .expectNoEvents();
        assertNull(donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void recusaCapturaSemOrigem() {
        fixture.givenNoPriorActivity()
                .when(new CapturarLeadCommand(leadId, tenant, "Ana", TELEFONE, null, null, null))
                .expectException(erro(ErrorKind.INVALIDO, "ORIGEM_OBRIGATORIA"))
                .expectNoEvents();
    }

    @Test
    void recusaCapturaSemTelefoneNemEmail() {
        fixture.givenNoPriorActivity()
                .when(new CapturarLeadCommand(leadId, tenant, "Ana", null, "", OrigemLead.SITE, null))
                .expectException(erro(ErrorKind.INVALIDO, "CONTATO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaCapturaComIdJaUsado() {
        fixture.given(capturado())
                .when(new CapturarLeadCommand(leadId, tenant, "Bia", OUTRO_TELEFONE, null, OrigemLead.SITE, null))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_JA_EXISTE"))
                .expectNoEvents();
        assertNull(donoDoTelefone(tenant, OUTRO_TELEFONE));
    }

    @Test
    void avancaParaAProximaEtapa() {
        fixture.given(capturado())
                .when(new ContatarLeadCommand(leadId, tenant, "ligou"))
                .expectEvents(new LeadContatado(leadId, tenant, "ligou"));
    }

    @Test
    void qualificaLeadContatado() {
        fixture.given(capturado(), new LeadContatado(leadId, tenant, "ligou"))
                .when(new QualificarLeadCommand(leadId, tenant, "tem renda"))
                .expectEvents(new LeadQualificado(leadId, tenant, "tem renda"));
    }

    @Test
    void podePularEtapasParaFrente() {
        fixture.given(capturado())
                .when(new AgendarLeadCommand(leadId, tenant, AGENDAMENTO, "avaliação"))
                .expectEvents(new LeadAgendado(leadId, tenant, AGENDAMENTO, "avaliação"));
    }

    @Test
    void recusaVoltarEtapa() {
        fixture.given(capturado(), new LeadQualificado(leadId, tenant, null))
                .when(new ContatarLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "ETAPA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void recusaRepetirEtapaComDadosDiferentes() {
        fixture.given(capturado(), new LeadAgendado(leadId, tenant, AGENDAMENTO, "avaliação"))
                .when(new AgendarLeadCommand(leadId, tenant, AGENDAMENTO.plusSeconds(3600), "avaliação"))
                .expectException(erro(ErrorKind.CONFLITO, "ETAPA_INVALIDA"))
                .expectNoEvents();
    }

    @Test
    void comandoIdenticoRepetidoNaoGeraEvento() {
        fixture.given(capturado(), new LeadAgendado(leadId, tenant, AGENDAMENTO, "avaliação"))
                .when(new AgendarLeadCommand(leadId, tenant, AGENDAMENTO, "avaliação"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaAgendarSemDataHora() {
        fixture.given(capturado())
                .when(new AgendarLeadCommand(leadId, tenant, null, "avaliação"))
                .expectException(erro(ErrorKind.INVALIDO, "DATA_HORA_OBRIGATORIA"))
                .expectNoEvents();
    }

    @Test
    void recusaAvancarLeadPerdido() {
        fixture.given(capturado(), new LeadPerdido(leadId, tenant, "sem interesse", EtapaLead.CAPTURADO))
                .when(new ContatarLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_PERDIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaAvancarLeadConvertido() {
        fixture.given(capturado(), convertido())
                .when(new QualificarLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_CONVERTIDO"))
                .expectNoEvents();
    }

    @Test
    void converteLeadComOsContatosDoEstadoELiberaOTelefone() {
        fixture.givenCommands(capturar())
                .when(new ConverterLeadCommand(leadId, tenant, clienteId, CPF))
                .expectEvents(convertido());
        assertNull(donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void conversaoRepetidaParaOMesmoClienteNaoGeraEvento() {
        fixture.given(capturado(), convertido())
                .when(new ConverterLeadCommand(leadId, tenant, clienteId, CPF))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recusaConverterDeNovoParaOutroCliente() {
        fixture.given(capturado(), convertido())
                .when(new ConverterLeadCommand(leadId, tenant, ClienteId.novo(), CPF))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_CONVERTIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaConversaoSemCpf() {
        fixture.given(capturado())
                .when(new ConverterLeadCommand(leadId, tenant, clienteId, null))
                .expectException(erro(ErrorKind.INVALIDO, "CPF_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void recusaConverterLeadPerdido() {
        fixture.given(capturado(), new LeadPerdido(leadId, tenant, "sem interesse", EtapaLead.CAPTURADO))
                .when(new ConverterLeadCommand(leadId, tenant, clienteId, CPF))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_PERDIDO"))
                .expectNoEvents();
    }

    @Test
    void perdeLeadGuardandoAEtapaAnteriorELiberaOTelefone() {
        fixture.givenCommands(capturar(), new ContatarLeadCommand(leadId, tenant, null))
                .when(new PerderLeadCommand(leadId, tenant, "sem interesse"))
                .expectEvents(new LeadPerdido(leadId, tenant, "sem interesse", EtapaLead.CONTATADO));
        assertNull(donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void recusaPerderSemMotivo() {
        fixture.given(capturado())
                .when(new PerderLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.INVALIDO, "MOTIVO_OBRIGATORIO"))
                .expectNoEvents();
    }

    @Test
    void perdaRepetidaNaoGeraEvento() {
        fixture.given(capturado(), new LeadPerdido(leadId, tenant, "sem interesse", EtapaLead.CAPTURADO))
                .when(new PerderLeadCommand(leadId, tenant, "sem interesse"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void perdaRepetidaNaoLiberaOTelefoneJaTomadoPorOutroLead() {
        fixture.givenCommands(capturar(), new PerderLeadCommand(leadId, tenant, "sumiu"));
        LeadId outroLead = LeadId.novo();
        telefones.reservar(tenant, TELEFONE, outroLead);
        fixture.when(new PerderLeadCommand(leadId, tenant, "sumiu"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertEquals(outroLead.valor(), donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void recusaPerderLeadConvertido() {
        fixture.given(capturado(), convertido())
                .when(new PerderLeadCommand(leadId, tenant, "desistiu"))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_CONVERTIDO"))
                .expectNoEvents();
    }

    @Test
    void reabreLeadPerdidoNaEtapaEmQueFoiPerdidoEReservaOTelefone() {
        fixture.givenCommands(capturar(), new QualificarLeadCommand(leadId, tenant, null),
                        new PerderLeadCommand(leadId, tenant, "sumiu"))
                .when(new ReabrirLeadCommand(leadId, tenant, "voltou a falar"))
                .expectEvents(new LeadReaberto(leadId, tenant, "voltou a falar", EtapaLead.QUALIFICADO));
        assertEquals(leadId.valor(), donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void recusaReabrirQuandoOTelefoneFoiTomadoNoMeioTempo() {
        fixture.givenCommands(capturar(), new PerderLeadCommand(leadId, tenant, "sumiu"));
        LeadId outroLead = LeadId.novo();
        telefones.reservar(tenant, TELEFONE, outroLead);
        fixture.when(new ReabrirLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "TELEFONE_DUPLICADO"))
                .expectNoEvents();
        assertEquals(outroLead.valor(), donoDoTelefone(tenant, TELEFONE));
    }

    @Test
    void leadReabertoSegueDaEtapaRestaurada() {
        fixture.given(capturado(), new LeadContatado(leadId, tenant, null),
                        new LeadPerdido(leadId, tenant, "sumiu", EtapaLead.CONTATADO),
                        new LeadReaberto(leadId, tenant, null, EtapaLead.CONTATADO))
                .when(new QualificarLeadCommand(leadId, tenant, null))
                .expectEvents(new LeadQualificado(leadId, tenant, null));
    }

    @Test
    void recusaReabrirLeadAberto() {
        fixture.given(capturado())
                .when(new ReabrirLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_NAO_PERDIDO"))
                .expectNoEvents();
    }

    @Test
    void recusaReabrirLeadConvertido() {
        fixture.given(capturado(), convertido())
                .when(new ReabrirLeadCommand(leadId, tenant, null))
                .expectException(erro(ErrorKind.CONFLITO, "LEAD_CONVERTIDO"))
                .expectNoEvents();
    }

    @Test
    void comandosDeOutroTenantRespondemNaoEncontrado() {
        List<Object> comandos = List.of(
                new ContatarLeadCommand(leadId, outroTenant, null),
                new QualificarLeadCommand(leadId, outroTenant, null),
                new AgendarLeadCommand(leadId, outroTenant, AGENDAMENTO, null),
                new ConverterLeadCommand(leadId, outroTenant, clienteId, CPF),
                new PerderLeadCommand(leadId, outroTenant, "motivo"),
                new ReabrirLeadCommand(leadId, outroTenant, null));
        for (Object comando : comandos) {
            novaFixture().given(capturado())
                    .when(comando)
                    .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                    .expectNoEvents();
        }
    }

    @Test
    void capturaLeadComTelefoneFixoEReservaOTelefone() {
        fixture.givenNoPriorActivity()
                .when(new CapturarLeadCommand(leadId, tenant, "Ana", FIXO, null, OrigemLead.TELEFONE, null))
                .expectEvents(new LeadCapturado(leadId, tenant, "Ana", FIXO, null, OrigemLead.TELEFONE, null));
        assertEquals(leadId.valor(), donoDoTelefone(tenant, FIXO));
        assertEquals("551134567890", FIXO.numero());
    }

    @Test
    void recusaCapturaComFixoDeOutroLeadAberto() {
        telefones.reservar(tenant, Telefone.of("+55 11 3456 7890"), LeadId.novo());
        fixture.givenNoPriorActivity()
                .when(new CapturarLeadCommand(leadId, tenant, "Ana", FIXO, null, OrigemLead.TELEFONE, null))
                .expectException(erro(ErrorKind.CONFLITO, "TELEFONE_DUPLICADO"))
                .expectNoEvents();
    }

    @Test
    void converteLeadComFixoLevandoOFixoNoEventoELiberaOTelefone() {
        fixture.givenCommands(new CapturarLeadCommand(leadId, tenant, "Ana", FIXO, null, OrigemLead.TELEFONE, null))
                .when(new ConverterLeadCommand(leadId, tenant, clienteId, CPF))
                .expectEvents(new LeadConvertido(leadId, tenant, clienteId, CPF, "Ana", FIXO, null));
        assertNull(donoDoTelefone(tenant, FIXO));
    }

    private CapturarLeadCommand capturar() {
        return new CapturarLeadCommand(leadId, tenant, "Ana", TELEFONE, "ana@exemplo.com", OrigemLead.INSTAGRAM, "consórcio");
    }

    private LeadCapturado capturado() {
        return new LeadCapturado(leadId, tenant, "Ana", TELEFONE, "ana@exemplo.com", OrigemLead.INSTAGRAM, "consórcio");
    }

    private LeadConvertido convertido() {
        return new LeadConvertido(leadId, tenant, clienteId, CPF, "Ana", TELEFONE, "ana@exemplo.com");
    }

    private UUID donoDoTelefone(TenantId tenantId, Telefone telefone) {
        return jdbc.query("SELECT lead_id FROM lead_telefone_aberto WHERE tenant_id = ? AND telefone = ?",
                rs -> rs.next() ? rs.getObject(1, UUID.class) : null, tenantId.valor(), telefone.numero());
    }
}
