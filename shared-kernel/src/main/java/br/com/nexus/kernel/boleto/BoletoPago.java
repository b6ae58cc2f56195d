package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;

/**
 * The boleto was paid. {@code excedente} is what the payment brought beyond the balance (an
 * overpayment accepted by a supervisor); null when it paid exactly, and in events stored before it
 * was recorded.
 */
public record BoletoPago(
        BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId,
        Dinheiro excedente) {

    public BoletoPago(BoletoId boletoId, TenantId tenantId, PagamentoId pagamentoId) {
        this(boletoId, tenantId, pagamentoId, null);
    }
}
