package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.comum.TenantId;

/** The tenant's current régua de cobrança, or {@link ReguaDeCobranca#padrao()} while it has none. */
public record BuscarReguaDeCobrancaQuery(TenantId tenantId) {
}
