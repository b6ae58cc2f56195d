package br.com.nexus.kernel.consulta.boleto;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.TenantId;

/** Asks for one boleto of the tenant; answered with an optional {@link BoletoDetalhe}. */
public record BuscarBoletoQuery(
        TenantId tenantId,
        BoletoId boletoId) {
}
