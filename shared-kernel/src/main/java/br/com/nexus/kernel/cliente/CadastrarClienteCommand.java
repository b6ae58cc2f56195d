package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.LeadId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a cliente; the CPF must be unique within the tenant. */
public record CadastrarClienteCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId,
        Cpf cpf,
        String nome,
        TelefoneWhatsapp whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio,
        LeadId leadOrigem) {
}
