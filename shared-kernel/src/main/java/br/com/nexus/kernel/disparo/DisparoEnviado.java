package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;

/** The gateway accepted the message. */
public record DisparoEnviado(
        DisparoId disparoId,
        TenantId tenantId,
        String providerMessageId,
        int tentativa) {
}
