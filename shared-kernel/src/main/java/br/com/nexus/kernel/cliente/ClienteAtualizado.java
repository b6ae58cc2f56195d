package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;

/** A cliente's contact and contract data changed. */
public record ClienteAtualizado(
        ClienteId clienteId,
        TenantId tenantId,
        String nome,
        TelefoneWhatsapp whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio) {
}
