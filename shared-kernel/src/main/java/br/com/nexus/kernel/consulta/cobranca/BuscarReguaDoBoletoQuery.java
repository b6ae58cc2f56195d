package br.com.nexus.kernel.consulta.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.TenantId;

/** One boleto's collection timeline: the steps already handled and those still planned. */
public record BuscarReguaDoBoletoQuery(TenantId tenantId, BoletoId boletoId) {
}
