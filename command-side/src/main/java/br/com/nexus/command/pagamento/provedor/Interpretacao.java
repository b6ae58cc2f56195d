package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.pagamento.PagamentoId;

/**
 * A provider event read: which charge it is about and what it means.
 *
 * @param referencia       the provider's id of the charge (Asaas pay_ id, Efí txid); may be null
 * @param pagamentoIndicado our Pagamento id when the provider echoes it back (Asaas externalReference)
 */
public record Interpretacao(String referencia, PagamentoId pagamentoIndicado, Efeito efeito) {
}
