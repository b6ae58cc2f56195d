package br.com.nexus.kernel.pagamento;

/** Who reported the payment. */
public enum Provedor {
    ASAAS,
    EFI,
    MANUAL
}
