package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;

/** An expected payment was opened. */
public record PagamentoCriado(
        PagamentoId pagamentoId,
        TenantId tenantId,
        BoletoId boletoId,
        ClienteId clienteId,
        Provedor provedor,
        String referenciaExterna,
        Dinheiro valor,
        MetodoPagamento metodo) {
}
