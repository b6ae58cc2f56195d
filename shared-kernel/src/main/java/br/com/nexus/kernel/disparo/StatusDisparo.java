package br.com.nexus.kernel.disparo;

/** Where a dispatch stands; the order is the forward order of delivery. */
public enum StatusDisparo {
    SOLICITADO,
    FALHOU,
    ENVIADO,
    ENTREGUE,
    LIDO,
    ABANDONADO
}
