package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;

/** The boleto was cancelled. */
public record BoletoCancelado(
        BoletoId boletoId,
        TenantId tenantId,
        String motivo) {
}
