package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;

/** A confirmed payment was refunded. */
public record PagamentoEstornado(
        PagamentoId pagamentoId,
        TenantId tenantId,
        BoletoId boletoId,
        Dinheiro valor,
        String motivo,
        String providerEventId) {
}
