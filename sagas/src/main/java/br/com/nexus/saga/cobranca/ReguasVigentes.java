package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.comum.TenantId;

/** The régua de cobrança a tenant has now. */
@FunctionalInterface
public interface ReguasVigentes {

    ReguaDeCobranca doTenant(TenantId tenantId);
}
