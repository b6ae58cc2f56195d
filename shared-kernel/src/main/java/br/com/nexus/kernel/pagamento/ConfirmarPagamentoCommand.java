package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms a payment; each provider event id is applied once. */
public record ConfirmarPagamentoCommand(
        @TargetAggregateIdentifier PagamentoId pagamentoId,
        TenantId tenantId,
        Dinheiro valorPago,
        LocalDate dataPagamento,
        String providerEventId) {
}
