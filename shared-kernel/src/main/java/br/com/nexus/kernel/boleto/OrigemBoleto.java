package br.com.nexus.kernel.boleto;

/** Where a boleto came from. */
public enum OrigemBoleto {
    /** Downloaded from the Canopus portal, PDF included. */
    CANOPUS,
    /** Generated here, with our own PDF. */
    GERADO,
    /** Issued by a payment provider (Asaas) as a charge. */
    PROVEDOR,
    /** Typed in by a person from its linha digitável: a boleto issued elsewhere, with no PDF here. */
    MANUAL
}
