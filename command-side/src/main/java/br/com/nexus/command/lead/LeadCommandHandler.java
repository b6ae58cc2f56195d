package br.com.nexus.command.lead;

import br.com.nexus.kernel.comum.Telefone;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.CapturarLeadCommand;
import br.com.nexus.kernel.lead.ConverterLeadCommand;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.PerderLeadCommand;
import br.com.nexus.kernel.lead.ReabrirLeadCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The lead commands that open or close a lead, and so claim or release its phone in
 * {@link LeadTelefoneLookup}. The release happens here, inside the command's own transaction
 * (not in an event handler), so that a closed lead frees its phone exactly when its event commits.
 */
@Component
class LeadCommandHandler {

    private final Repository<Lead> leads;
    private final LeadTelefoneLookup telefones;

    LeadCommandHandler(Repository<Lead> leads, LeadTelefoneLookup telefones) {
        this.leads = leads;
        this.telefones = telefones;
    }

    @CommandHandler
    void handle(CapturarLeadCommand comando) throws Exception {
        leads.loadOrCreate(comando.leadId().toString(), Lead::new).execute(l -> l.capturar(comando));
        if (comando.telefone() != null) {
            telefones.reservar(comando.tenantId(), comando.telefone(), comando.leadId());
        }
    }

    @CommandHandler
    void handle(ConverterLeadCommand comando) {
        Aggregate<Lead> lead = leads.load(comando.leadId().toString());
        lead.execute(l -> l.converter(comando));
        liberarTelefone(lead, comando.tenantId(), comando.leadId());
    }

    @CommandHandler
    void handle(PerderLeadCommand comando) {
        Aggregate<Lead> lead = leads.load(comando.leadId().toString());
        lead.execute(l -> l.perder(comando));
        liberarTelefone(lead, comando.tenantId(), comando.leadId());
    }

    @CommandHandler
    void handle(ReabrirLeadCommand comando) {
        Aggregate<Lead> lead = leads.load(comando.leadId().toString());
        lead.execute(l -> l.reabrir(comando));
        Telefone telefone = lead.invoke(Lead::telefone);
        if (telefone != null) {
            telefones.reservar(comando.tenantId(), telefone, comando.leadId());
        }
    }

    private void liberarTelefone(Aggregate<Lead> lead, TenantId tenantId, LeadId leadId) {
        Telefone telefone = lead.invoke(Lead::telefone);
        if (telefone != null) {
            telefones.liberar(tenantId, telefone, leadId);
        }
    }
}
