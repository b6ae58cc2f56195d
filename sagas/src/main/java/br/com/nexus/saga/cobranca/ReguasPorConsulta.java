package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.cobranca.BuscarReguaDeCobrancaQuery;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Asks the read side for the tenant's régua (it answers the default schedule while there is none). */
@Component
class ReguasPorConsulta implements ReguasVigentes {

    private final QueryGateway queryGateway;

    ReguasPorConsulta(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public ReguaDeCobranca doTenant(TenantId tenantId) {
        return queryGateway.query(new BuscarReguaDeCobrancaQuery(tenantId),
                ResponseTypes.instanceOf(ReguaDeCobranca.class)).join();
    }
}
