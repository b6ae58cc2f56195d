package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;

/** The cliente was deactivated. */
public record ClienteInativado(
        ClienteId clienteId,
        TenantId tenantId,
        String motivo) {
}
