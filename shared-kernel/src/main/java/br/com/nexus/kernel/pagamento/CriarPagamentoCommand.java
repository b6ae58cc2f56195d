package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an expected payment, optionally for a boleto. */
public record CriarPagamentoCommand(
        @TargetAggregateIdentifier PagamentoId pagamentoId,
        TenantId tenantId,
        BoletoId boletoId,
        ClienteId clienteId,
        Provedor provedor,
        String referenciaExterna,
        Dinheiro valor,
        MetodoPagamento metodo) {
}
