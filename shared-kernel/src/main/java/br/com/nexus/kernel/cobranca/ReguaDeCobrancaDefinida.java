package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.comum.TenantId;

/** The tenant's régua de cobrança is now {@code regua}. */
public record ReguaDeCobrancaDefinida(
        ReguaId reguaId,
        TenantId tenantId,
        ReguaDeCobranca regua) {
}
