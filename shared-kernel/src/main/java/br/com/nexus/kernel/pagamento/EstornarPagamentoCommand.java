package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A confirmed payment was refunded. */
public record EstornarPagamentoCommand(
        @TargetAggregateIdentifier PagamentoId pagamentoId,
        TenantId tenantId,
        Dinheiro valor,
        String motivo,
        String providerEventId) {
}
