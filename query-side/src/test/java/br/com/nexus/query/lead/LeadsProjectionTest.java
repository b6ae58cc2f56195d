package br.com.nexus.query.lead;

import static br.com.nexus.query.teste.Dados.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.lead.LeadResumo;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.lead.PaginaDeLeads;
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
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Dados;
import br.com.nexus.query.teste.Historia;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class LeadsProjectionTest {

    private final LeadsProjection projecao = new LeadsProjection(BancoDeTeste.jdbc());
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();

    @Test
    void leadCapturadoApareceNaListaComTelefoneE164() {
        LeadId lead = capturar("Maria Souza", OrigemLead.INSTAGRAM);

        LeadResumo resumo = listar(null, null, null).items().get(0);

        assertThat(resumo.id()).isEqualTo(lead);
        assertThat(resumo.nome()).isEqualTo("Maria Souza");
        assertThat(resumo.telefone()).isEqualTo("+5511987654321");
        assertThat(resumo.origem()).isEqualTo(OrigemLead.INSTAGRAM);
        assertThat(resumo.etapa()).isEqualTo(EtapaLead.CAPTURADO);
        assertThat(resumo.capturadoEm()).isEqualTo(historia.agora());
    }

    @Test
    void leadComTelefoneFixoApareceNaListaEmE164EEhAchadoPelosDigitos() {
        LeadId lead = LeadId.novo();
        historia.aplicar(lead, new LeadCapturado(lead, tenant, "Clínica Sorriso", Dados.FIXO, null,
                OrigemLead.TELEFONE, null), projecao);

        assertThat(listar(null, null, null).items()).singleElement()
                .satisfies(resumo -> assertThat(resumo.telefone()).isEqualTo("+551134567890"));
        assertThat(listar(null, null, "3456-7890").items()).extracting(LeadResumo::id).containsExactly(lead);
    }

    @Test
    void acompanhaAsEtapasAteAConversao() {
        LeadId lead = capturar("João", OrigemLead.SITE);
        historia.aplicar(lead, new LeadContatado(lead, tenant, "ligação"), projecao);
        historia.aplicar(lead, new LeadQualificado(lead, tenant, null), projecao);
        Instant consulta = Instant.parse("2026-03-10T14:00:00Z");
        historia.aplicar(lead, new LeadAgendado(lead, tenant, consulta, "Avaliação"), projecao);
        ClienteId cliente = ClienteId.novo();
        historia.avancar(Duration.ofDays(1));
        historia.aplicar(lead, new LeadConvertido(lead, tenant, cliente, Dados.CPF, "João", Dados.TELEFONE, null),
                projecao);

        LeadResumo resumo = listar(null, null, null).items().get(0);

        assertThat(resumo.etapa()).isEqualTo(EtapaLead.CONVERTIDO);
        assertThat(resumo.agendadoPara()).isEqualTo(consulta);
        assertThat(resumo.procedimento()).isEqualTo("Avaliação");
        assertThat(resumo.clienteId()).isEqualTo(cliente);
        assertThat(resumo.atualizadoEm()).isEqualTo(historia.agora());
    }

    @Test
    void perdidoGuardaOMotivoEReabertoVoltaAEtapaSemMotivo() {
        LeadId lead = capturar("Carla", OrigemLead.WHATSAPP);
        historia.aplicar(lead, new LeadContatado(lead, tenant, null), projecao);
        historia.aplicar(lead, new LeadPerdido(lead, tenant, "sem orçamento", EtapaLead.CONTATADO), projecao);
        assertThat(listar(null, null, null).items().get(0).motivoPerda()).isEqualTo("sem orçamento");

        historia.aplicar(lead, new LeadReaberto(lead, tenant, "voltou a procurar", EtapaLead.CONTATADO), projecao);

        LeadResumo resumo = listar(null, null, null).items().get(0);
        assertThat(resumo.etapa()).isEqualTo(EtapaLead.CONTATADO);
        assertThat(resumo.motivoPerda()).isNull();
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        LeadId lead = capturar("Davi", OrigemLead.GOOGLE);
        DomainEventMessage<?> contato = historia.aplicar(lead, new LeadContatado(lead, tenant, null), projecao);
        historia.aplicar(lead, new LeadQualificado(lead, tenant, null), projecao);
        LeadResumo antes = listar(null, null, null).items().get(0);

        historia.avancar(Duration.ofHours(2));
        Historia.reaplicar(contato, projecao);

        assertThat(listar(null, null, null).items().get(0)).isEqualTo(antes);
        assertThat(antes.etapa()).isEqualTo(EtapaLead.QUALIFICADO);
    }

    @Test
    void filtraPorEtapaOrigemEBusca() {
        capturar("Ana Lima", OrigemLead.INSTAGRAM);
        LeadId bruno = capturar("Bruno Melo", OrigemLead.SITE);
        capturar("Bia Lima", OrigemLead.SITE);
        historia.aplicar(bruno, new LeadContatado(bruno, tenant, null), projecao);

        assertThat(listar(EtapaLead.CONTATADO, null, null).items()).extracting(LeadResumo::nome)
                .containsExactly("Bruno Melo");
        assertThat(listar(null, OrigemLead.SITE, null).total()).isEqualTo(2);
        assertThat(listar(null, null, "lima").items()).extracting(LeadResumo::nome)
                .containsExactlyInAnyOrder("Ana Lima", "Bia Lima");
        assertThat(listar(null, null, "98765").total()).as("busca pelos dígitos do telefone").isEqualTo(3);
        assertThat(listar(null, null, "50%").total()).as("curingas do LIKE são texto").isZero();
    }

    @Test
    void paginaOrdenaEContaOTotal() {
        for (String nome : new String[] {"E", "C", "A", "D", "B"}) {
            capturar(nome, OrigemLead.OUTRO);
            historia.avancar(Duration.ofMinutes(1));
        }

        PaginaDeLeads primeira = projecao.handle(consulta(null, null, null, new Ordenacao("nome", false), 0, 2));
        PaginaDeLeads terceira = projecao.handle(consulta(null, null, null, new Ordenacao("nome", false), 2, 2));
        PaginaDeLeads padrao = projecao.handle(consulta(null, null, null, null, 0, 5));

        assertThat(primeira.items()).extracting(LeadResumo::nome).containsExactly("A", "B");
        assertThat(primeira.total()).isEqualTo(5);
        assertThat(terceira.items()).extracting(LeadResumo::nome).containsExactly("E");
        assertThat(padrao.items()).extracting(LeadResumo::nome).as("mais novos primeiro")
                .containsExactly("B", "D", "A", "C", "E");
    }

    @Test
    void campoDeOrdenacaoDesconhecidoEhErroDoChamador() {
        assertThatThrownBy(() -> projecao.handle(consulta(null, null, null, new Ordenacao("senha", false), 0, 5)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void naoMostraLeadsDeOutroTenant() {
        capturar("Meu lead", OrigemLead.SITE);
        LeadId alheio = LeadId.novo();
        historia.aplicar(alheio, leadCapturado(TenantId.novo(), alheio, "Alheio", OrigemLead.SITE), projecao);

        assertThat(listar(null, null, null).items()).extracting(LeadResumo::nome).containsExactly("Meu lead");
    }

    @Test
    void resetEsvaziaALista() {
        capturar("Some", OrigemLead.SITE);

        Historia.reiniciar(projecao);

        assertThat(listar(null, null, null).total()).isZero();
    }

    private LeadId capturar(String nome, OrigemLead origem) {
        LeadId lead = LeadId.novo();
        historia.aplicar(lead, leadCapturado(tenant, lead, nome, origem), projecao);
        return lead;
    }

    private PaginaDeLeads listar(EtapaLead etapa, OrigemLead origem, String busca) {
        return projecao.handle(consulta(etapa, origem, busca, null, 0, 50));
    }

    private ListarLeadsQuery consulta(EtapaLead etapa, OrigemLead origem, String busca, Ordenacao ordenacao, int page,
            int size) {
        return new ListarLeadsQuery(tenant, etapa, origem, busca, null, null, ordenacao, page, size);
    }
}
