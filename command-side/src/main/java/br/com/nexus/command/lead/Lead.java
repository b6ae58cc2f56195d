package br.com.nexus.command.lead;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import br.com.nexus.command.comum.TenantGuard;
import br.com.nexus.command.comum.Validacoes;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
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
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.QualificarLeadCommand;
import br.com.nexus.kernel.lead.ReabrirLeadCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A lead moving through the funnel. Capture, conversion, loss and reopening go through
 * {@link LeadCommandHandler}, which keeps the open-lead phone lookup in step.
 */
@Aggregate(cache = "leadAggregateCache")
class Lead {

    @AggregateIdentifier
    private LeadId leadId;
    private TenantId tenantId;
    private String nome;
    private Telefone telefone;
    private String email;
    private EtapaLead etapa;
    private EtapaLead etapaAntesDaPerda;
    private Object ultimoAvanco;
    private ClienteId clienteId;

    Lead() {
    }

    void capturar(CapturarLeadCommand comando) {
        if (leadId != null) {
            throw DomainException.conflito("LEAD_JA_EXISTE", "Já existe um lead com o id " + comando.leadId());
        }
        Validacoes.textoObrigatorio(comando.nome(), "NOME_OBRIGATORIO", "Nome do lead é obrigatório");
        Validacoes.obrigatorio(comando.origem(), "ORIGEM_OBRIGATORIA", "Origem do lead é obrigatória");
        if (comando.telefone() == null && Validacoes.vazio(comando.email())) {
            throw DomainException.invalido("CONTATO_OBRIGATORIO", "Informe telefone ou e-mail do lead");
        }
        apply(new LeadCapturado(comando.leadId(), comando.tenantId(), comando.nome().strip(), comando.telefone(),
                comando.email(), comando.origem(), comando.interesse()));
    }

    @CommandHandler
    void handle(ContatarLeadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), leadId);
        avancar(EtapaLead.CONTATADO, new LeadContatado(leadId, tenantId, comando.observacao()));
    }

    @CommandHandler
    void handle(QualificarLeadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), leadId);
        avancar(EtapaLead.QUALIFICADO, new LeadQualificado(leadId, tenantId, comando.observacao()));
    }

    @CommandHandler
    void handle(AgendarLeadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), leadId);
        Validacoes.obrigatorio(comando.dataHora(), "DATA_HORA_OBRIGATORIA", "Data e hora do agendamento são obrigatórias");
        avancar(EtapaLead.AGENDADO, new LeadAgendado(leadId, tenantId, comando.dataHora(), comando.procedimento()));
    }

    /** Forward only, skipping allowed; repeating the very step that brought the lead here is a no-op. */
    private void avancar(EtapaLead destino, Object evento) {
        exigirAberto();
        if (etapa == destino && evento.equals(ultimoAvanco)) {
            return;
        }
        if (destino.ordinal() <= etapa.ordinal()) {
            throw DomainException.conflito("ETAPA_INVALIDA",
                    "Lead em " + etapa + " não pode voltar ou permanecer em " + destino);
        }
        apply(evento);
    }

    void converter(ConverterLeadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), leadId);
        Validacoes.obrigatorio(comando.clienteId(), "CLIENTE_OBRIGATORIO", "Cliente da conversão é obrigatório");
        Validacoes.obrigatorio(comando.cpf(), "CPF_OBRIGATORIO", "Conversão exige um CPF válido");
        if (etapa == EtapaLead.CONVERTIDO && comando.clienteId().equals(clienteId)) {
            return;
        }
        exigirAberto();
        apply(new LeadConvertido(leadId, tenantId, comando.clienteId(), comando.cpf(), nome, telefone, email));
    }

    void perder(PerderLeadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), leadId);
        String motivo = Validacoes.textoObrigatorio(comando.motivo(), "MOTIVO_OBRIGATORIO", "Motivo da perda é obrigatório");
        if (etapa == EtapaLead.PERDIDO) {
            return;
        }
        exigirAberto();
        apply(new LeadPerdido(leadId, tenantId, motivo, etapa));
    }

    void reabrir(ReabrirLeadCommand comando) {
        TenantGuard.exigirMesmoTenant(tenantId, comando.tenantId(), leadId);
        if (etapa == EtapaLead.CONVERTIDO) {
            throw convertido();
        }
        if (etapa != EtapaLead.PERDIDO) {
            throw DomainException.conflito("LEAD_NAO_PERDIDO", "Só um lead perdido pode ser reaberto");
        }
        apply(new LeadReaberto(leadId, tenantId, comando.motivo(), etapaAntesDaPerda));
    }

    Telefone telefone() {
        return telefone;
    }

    private void exigirAberto() {
        if (etapa == EtapaLead.CONVERTIDO) {
            throw convertido();
        }
        if (etapa == EtapaLead.PERDIDO) {
            throw DomainException.conflito("LEAD_PERDIDO", "Lead perdido: reabra-o antes de continuar");
        }
    }

    private static DomainException convertido() {
        return DomainException.conflito("LEAD_CONVERTIDO", "Lead já convertido não muda mais");
    }

    @EventSourcingHandler
    void on(LeadCapturado evento) {
        leadId = evento.leadId();
        tenantId = evento.tenantId();
        nome = evento.nome();
        telefone = evento.telefone();
        email = evento.email();
        etapa = EtapaLead.CAPTURADO;
    }

    @EventSourcingHandler
    void on(LeadContatado evento) {
        etapa = EtapaLead.CONTATADO;
        ultimoAvanco = evento;
    }

    @EventSourcingHandler
    void on(LeadQualificado evento) {
        etapa = EtapaLead.QUALIFICADO;
        ultimoAvanco = evento;
    }

    @EventSourcingHandler
    void on(LeadAgendado evento) {
        etapa = EtapaLead.AGENDADO;
        ultimoAvanco = evento;
    }

    @EventSourcingHandler
    void on(LeadConvertido evento) {
        etapa = EtapaLead.CONVERTIDO;
        clienteId = evento.clienteId();
    }

    @EventSourcingHandler
    void on(LeadPerdido evento) {
        etapaAntesDaPerda = evento.etapaAnterior();
        etapa = EtapaLead.PERDIDO;
    }

    @EventSourcingHandler
    void on(LeadReaberto evento) {
        etapa = evento.etapa();
        etapaAntesDaPerda = null;
    }
}
