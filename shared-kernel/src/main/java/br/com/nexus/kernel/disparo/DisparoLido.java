package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;

/** The cliente read the message. */
public record DisparoLido(
        DisparoId disparoId,
        TenantId tenantId) {
}
