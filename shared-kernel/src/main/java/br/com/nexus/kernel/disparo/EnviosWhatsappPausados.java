package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;

/**
 * The tenant's WhatsApp sending stopped at {@code desde} because its instance lost WhatsApp
 * ({@code motivo} says how it was noticed). Queued dispatches wait, none fails for it; published
 * by the sender, not by an aggregate.
 */
public record EnviosWhatsappPausados(
        TenantId tenantId,
        String motivo,
        Instant desde) {
}
