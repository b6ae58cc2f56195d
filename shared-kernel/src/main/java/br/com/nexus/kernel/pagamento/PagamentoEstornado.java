package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;

/**
 * A confirmed payment was refunded, {@code valor} of it. A payment may be refunded in several parts;
 * {@code integral} says this one completed the refund of all that was paid (null in events stored
 * before it was recorded).
 */
public record PagamentoEstornado(
        PagamentoId pagamentoId,
        TenantId tenantId,
        BoletoId boletoId,
        Dinheiro valor,
        String motivo,
        String providerEventId,
        Boolean integral) {

    public PagamentoEstornado(PagamentoId pagamentoId, TenantId tenantId, BoletoId boletoId, Dinheiro valor,
            String motivo, String providerEventId) {
        this(pagamentoId, tenantId, boletoId, valor, motivo, providerEventId, null);
    }

    /** Whether all that was paid has now gone back to the payer. */
    public boolean estornoIntegral() {
        return Boolean.TRUE.equals(integral);
    }
}
