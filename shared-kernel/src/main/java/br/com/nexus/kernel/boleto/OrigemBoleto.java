package br.com.nexus.kernel.boleto;

/** Where a boleto came from. */
public enum OrigemBoleto {
    CANOPUS,
    GERADO,
    PROVEDOR
}
