package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;

/** A charge opened at a provider: its reference there, our Pagamento, and the boleto it pays (if any). */
public record CobrancaNoProvedor(TenantId tenantId, Provedor provedor, String referenciaExterna,
                                 PagamentoId pagamentoId, BoletoId boletoId) {
}
