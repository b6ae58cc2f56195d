package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reconciles what a payment provider reports as received with what was charged: the same amount
 * confirms the payment, a different one is recorded as {@link PagamentoDivergente} for a human and
 * leaves the payment pending. Each provider event id is applied once. The handler answers with a
 * {@link ResultadoConciliacao}.
 */
public record ConciliarPagamentoCommand(
        @TargetAggregateIdentifier PagamentoId pagamentoId,
        TenantId tenantId,
        Dinheiro valorRecebido,
        LocalDate dataPagamento,
        String providerEventId) {
}
