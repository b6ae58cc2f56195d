package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant's minimum gap as its instance sees it. The queue ({@link FilaDeEnvio#reivindicar})
 * spaces the claims, but what a send does before its call (the connection check, the JID lookup,
 * reading the PDF) and a busy machine can delay one call more than the next, so two could reach
 * Evolution closer than the gap. So, for a tenant with a gap, this node sends one message at a time
 * and claims the next only {@code intervaloMinimo} after the previous call has returned: the next
 * call then starts after the previous one arrived plus the whole gap, whatever the delays. A tenant
 * with no gap is not held. Nothing here sleeps; the sender looks again when the gap ends.
 */
class EspacamentoDaInstancia {

    private record Vez(boolean emVoo, long liberadaEm) {
    }

    private final Map<TenantId, Vez> vezes = new ConcurrentHashMap<>();

    /** Whether a send of this tenant may be claimed now. */
    boolean livre(TenantId tenant) {
        Vez vez = vezes.get(tenant);
        return vez == null || !vez.emVoo() && vez.liberadaEm() - System.nanoTime() <= 0;
    }

    /** A send of a tenant with a gap was claimed: no other until it returns. */
    void iniciou(TenantId tenant, Duration intervalo) {
        if (!intervalo.isZero()) {
            vezes.put(tenant, new Vez(true, Long.MAX_VALUE));
        }
    }

    /** The send's call returned (or never went): the next may be claimed {@code intervalo} from now. */
    void terminou(TenantId tenant, Duration intervalo) {
        if (intervalo.isZero()) {
            vezes.remove(tenant);
        } else {
            vezes.put(tenant, new Vez(false, System.nanoTime() + intervalo.toNanos()));
        }
    }

    /** How long until the earliest tenant held here may send again; empty when none is waiting out a gap. */
    Optional<Duration> proximaLiberacao() {
        long agora = System.nanoTime();
        vezes.values().removeIf(v -> !v.emVoo() && v.liberadaEm() - agora <= 0);
        return vezes.values().stream().filter(v -> !v.emVoo()).mapToLong(v -> v.liberadaEm() - agora).min()
                .stream().mapToObj(Duration::ofNanos).findFirst();
    }
}
