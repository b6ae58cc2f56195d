package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;

/** The message reached the cliente's phone. */
public record DisparoEntregue(
        DisparoId disparoId,
        TenantId tenantId) {
}
