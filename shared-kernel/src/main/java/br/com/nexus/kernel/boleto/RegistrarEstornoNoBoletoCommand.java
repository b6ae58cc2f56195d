package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A refund of {@code valor} of a payment of this boleto. {@code integral}: the payment is now
 * refunded in full, which reopens the boleto it had settled. {@code estornoId} names the refund, so
 * one delivered twice counts once.
 */
public record RegistrarEstornoNoBoletoCommand(
        @TargetAggregateIdentifier BoletoId boletoId,
        TenantId tenantId,
        PagamentoId pagamentoId,
        String estornoId,
        Dinheiro valor,
        boolean integral,
        String motivo) {
}
