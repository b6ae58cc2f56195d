package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;

/**
 * A confirmed payment could not mark its boleto as paid (the boleto was cancelled, or already paid
 * by another payment): money arrived that no open boleto accounts for, and someone must look at it.
 * {@code codigo} is the rejection's stable code, such as {@code BOLETO_CANCELADO}.
 */
public record BaixaDeBoletoRecusada(
        BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId,
        String codigo,
        String motivo) {
}
