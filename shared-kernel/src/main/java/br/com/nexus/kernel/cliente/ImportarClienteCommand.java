package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a cliente that came from a spreadsheet import. */
public record ImportarClienteCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId,
        Cpf cpf,
        String nome,
        TelefoneWhatsapp whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio) {
}
