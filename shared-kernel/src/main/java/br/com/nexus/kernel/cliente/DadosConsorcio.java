package br.com.nexus.kernel.cliente;

/** Consórcio contract data of a cliente; every part is optional. */
public record DadosConsorcio(
        String grupo,
        String cota,
        String contrato,
        String consultor,
        String pontoDeVenda) {
}
