package br.com.nexus.command.documento;

import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.Cpf;

/** Who pays the boleto: the cliente's name, CPF and address, as banks print them. */
public record Pagador(String nome, Cpf cpf, Endereco endereco) {

    public Pagador {
        nome = nome == null || nome.isBlank() ? "Pagador não identificado" : nome.strip();
    }
}
