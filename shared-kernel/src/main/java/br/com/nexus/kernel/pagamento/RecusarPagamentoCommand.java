package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider refused the payment. */
public record RecusarPagamentoCommand(
        @TargetAggregateIdentifier PagamentoId pagamentoId,
        TenantId tenantId,
        String motivo,
        String providerEventId) {
}
