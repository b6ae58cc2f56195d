package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;

/**
 * The tenant's WhatsApp sending runs again from {@code desde}: the instance reconnected
 * ({@code motivo} says how that was learnt). Published by the sender, not by an aggregate.
 */
public record EnviosWhatsappRetomados(
        TenantId tenantId,
        String motivo,
        Instant desde) {
}
