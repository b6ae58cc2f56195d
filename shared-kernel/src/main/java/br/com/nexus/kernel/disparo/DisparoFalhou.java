package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;

/** One attempt failed; retentavel tells whether another attempt may succeed. */
public record DisparoFalhou(
        DisparoId disparoId,
        TenantId tenantId,
        String erro,
        int tentativa,
        boolean retentavel) {
}
