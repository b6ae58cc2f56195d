package br.com.nexus.command.pagamento.provedor;

/** Where a received provider event stands. Only {@link #PENDENTE} is still to be applied. */
public enum SituacaoEvento {
    /** Stored, waiting for the worker (or for its next attempt). */
    PENDENTE,
    /** Applied to our Pagamento or boleto (or found already applied). */
    APLICADO,
    /** The amount received differs from the amount charged: left pending for a human. */
    DIVERGENTE,
    /** A human accepted a divergent amount as the payment. */
    ACEITO,
    /** No Pagamento of ours matches the provider's reference (unknown txid or charge id). */
    SEM_PAGAMENTO,
    /** Kept for the record; this kind of event changes nothing here. */
    REGISTRADO,
    /** Our rules refused it (for example, a refund of a payment never confirmed); see the detail. */
    RECUSADO,
    /** Still failing after every retry; see the detail. */
    FALHOU
}
