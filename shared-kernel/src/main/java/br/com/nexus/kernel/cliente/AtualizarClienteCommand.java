package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a cliente's contact and contract data. */
public record AtualizarClienteCommand(
        @TargetAggregateIdentifier ClienteId clienteId,
        TenantId tenantId,
        String nome,
        TelefoneWhatsapp whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio) {
}
