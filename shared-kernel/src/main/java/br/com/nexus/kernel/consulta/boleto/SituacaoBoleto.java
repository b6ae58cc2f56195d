package br.com.nexus.kernel.consulta.boleto;

/** Where a boleto stands for the people chasing it. */
public enum SituacaoBoleto {
    /** Registered, unpaid, not yet overdue. */
    PENDENTE,
    /** Unpaid past its vencimento. */
    VENCIDO,
    PAGO,
    CANCELADO
}
