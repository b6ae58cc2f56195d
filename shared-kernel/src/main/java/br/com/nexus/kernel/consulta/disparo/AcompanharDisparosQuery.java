package br.com.nexus.kernel.consulta.disparo;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;

/**
 * Follows the progress of the tenant's dispatches requested from {@code desde} on (a dispatch
 * campaign): a subscription query whose initial answer and every update are a
 * {@link ProgressoDisparos}.
 */
public record AcompanharDisparosQuery(
        TenantId tenantId,
        Instant desde) {
}
