package br.com.nexus.command.documento;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;

/**
 * A cliente's data as the command side last saw it in the cliente events; it may trail the
 * Cliente aggregate by the moment the {@code boleto-pdf} processor takes to catch up.
 */
public record CadastroDoCliente(
        ClienteId clienteId,
        Cpf cpf,
        String nome,
        TelefoneWhatsapp whatsapp,
        String email,
        Endereco endereco,
        DadosConsorcio consorcio) {

    public Pagador pagador() {
        return new Pagador(nome, cpf, endereco);
    }
}
