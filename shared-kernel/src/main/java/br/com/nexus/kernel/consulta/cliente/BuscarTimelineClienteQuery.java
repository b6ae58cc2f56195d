package br.com.nexus.kernel.consulta.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/** Asks for every interaction with one cliente, oldest first; answered with an optional {@link TimelineCliente}. */
public record BuscarTimelineClienteQuery(
        TenantId tenantId,
        ClienteId clienteId) {
}
