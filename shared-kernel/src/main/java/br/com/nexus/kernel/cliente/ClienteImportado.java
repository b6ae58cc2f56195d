package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;

/** A cliente was registered from a spreadsheet import. */
public record ClienteImportado(
        ClienteId clienteId,
        TenantId tenantId,
        Cpf cpf,
        String nome,
        TelefoneWhatsapp whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio) {
}
