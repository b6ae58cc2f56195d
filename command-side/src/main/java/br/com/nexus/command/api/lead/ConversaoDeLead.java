package br.com.nexus.command.api.lead;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.ConverterLeadCommand;
import br.com.nexus.kernel.lead.LeadId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Converts a lead into a cliente, for the API and the console alike: the CPF must be valid and not
 * yet a cliente's of the firm, so a conversion whose cliente could never be registered is refused.
 */
@Service
public class ConversaoDeLead {

    private final CommandGateway commandGateway;
    private final CpfsDeClientes cpfs;

    ConversaoDeLead(CommandGateway commandGateway, CpfsDeClientes cpfs) {
        this.commandGateway = commandGateway;
        this.cpfs = cpfs;
    }

    /** Returns the id the cliente will be registered with. */
    public ClienteId converter(TenantId tenant, LeadId leadId, String cpfInformado) {
        Cpf cpf = Cpf.of(cpfInformado);
        if (cpfs.cadastrado(tenant, cpf)) {
            throw DomainException.conflito("CPF_DUPLICADO", "Já existe um cliente com o CPF " + cpf.mascarado());
        }
        ClienteId clienteId = ClienteId.novo();
        commandGateway.sendAndWait(new ConverterLeadCommand(leadId, tenant, clienteId, cpf));
        return clienteId;
    }
}
