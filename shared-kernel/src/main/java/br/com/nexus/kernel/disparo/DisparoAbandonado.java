package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;

/** The dispatch was given up. */
public record DisparoAbandonado(
        DisparoId disparoId,
        TenantId tenantId,
        String motivo) {
}
