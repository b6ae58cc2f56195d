package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Marks a boleto as paid by a confirmed pagamento of {@code valorPago} (the whole balance when null):
 * less than the balance leaves it open with the rest to pay.
 */
public record MarcarBoletoPagoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId,
        Dinheiro valorPago) {

    public MarcarBoletoPagoCommand(BoletoId boletoId, TenantId tenantId, PagamentoId pagamentoId) {
        this(boletoId, tenantId, pagamentoId, null);
    }
}
