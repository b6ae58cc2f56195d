package br.com.nexus.kernel.pagamento;

/** How the cliente paid. */
public enum MetodoPagamento {
    PIX,
    BOLETO,
    CARTAO,
    DINHEIRO
}
