package br.com.nexus.kernel.consulta.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/** Asks for one cliente of the tenant; answered with an optional {@link ClienteDetalhe}. */
public record BuscarClienteQuery(
        TenantId tenantId,
        ClienteId clienteId) {
}
