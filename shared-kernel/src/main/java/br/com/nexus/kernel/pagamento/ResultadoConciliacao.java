package br.com.nexus.kernel.pagamento;

/** What a {@link ConciliarPagamentoCommand} did to the payment. */
public enum ResultadoConciliacao {
    /** The amount matched: the payment is now confirmed. */
    CONFIRMADO,
    /** The amount differed: recorded as {@link PagamentoDivergente}, the payment stays pending. */
    DIVERGENTE,
    /** Nothing changed: the event was already applied, or the payment was already confirmed. */
    SEM_EFEITO
}
