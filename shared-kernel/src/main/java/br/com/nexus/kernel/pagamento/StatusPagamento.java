package br.com.nexus.kernel.pagamento;

/** Where a payment stands. */
public enum StatusPagamento {
    PENDENTE,
    CONFIRMADO,
    RECUSADO,
    ESTORNADO
}
