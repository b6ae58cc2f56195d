package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;

/** The boleto's PDF was attached. */
public record BoletoPdfAnexado(
        BoletoId boletoId,
        TenantId tenantId,
        String sha256,
        long tamanho,
        String local) {
}
