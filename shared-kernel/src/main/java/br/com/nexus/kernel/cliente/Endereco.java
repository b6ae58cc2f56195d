package br.com.nexus.kernel.cliente;

/** A postal address; every part is optional. */
public record Endereco(
        String logradouro,
        String numero,
        String complemento,
        String bairro,
        String cidade,
        String uf,
        String cep) {
}
