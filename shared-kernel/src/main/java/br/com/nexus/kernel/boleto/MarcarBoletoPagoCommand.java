package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a boleto as paid by a confirmed pagamento. */
public record MarcarBoletoPagoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId) {
}
