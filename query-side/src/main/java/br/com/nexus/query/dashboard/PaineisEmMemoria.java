package br.com.nexus.query.dashboard;

import br.com.nexus.kernel.consulta.dashboard.Dashboard;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The dashboards last read, per tenant, so that a page polled by many people costs one read of
 * {@code dashboard_tenant} per change instead of one per request. The projection drops a tenant's
 * entry once its change is committed (never before: a reader could put the old row back). A reader
 * keeps what it read only if no change of that tenant was committed meanwhile, which the per-tenant
 * generation tells. Entries also expire after {@link #VALIDADE}: with several query nodes, the node
 * that applies the events is not necessarily the one that answers.
 */
final class PaineisEmMemoria {

    static final Duration VALIDADE = Duration.ofSeconds(2);

    private final Map<UUID, Lido> lidos = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicLong> geracoes = new ConcurrentHashMap<>();
    private final AtomicLong geracaoDeTodos = new AtomicLong();

    Dashboard ler(UUID tenant, Supplier<Dashboard> doBanco) {
        long agora = System.nanoTime();
        Lido lido = lidos.get(tenant);
        if (lido != null && agora - lido.em() < VALIDADE.toNanos()) {
            return lido.painel();
        }
        long geracao = geracao(tenant);
        long deTodos = geracaoDeTodos.get();
        Dashboard painel = doBanco.get();
        lidos.compute(tenant, (chave, atual) ->
                geracao(tenant) == geracao && geracaoDeTodos.get() == deTodos ? new Lido(painel, agora) : atual);
        return painel;
    }

    /** Drops the tenant's entry when the change being applied is committed, or at once outside a unit of work. */
    void esquecerAoConfirmar(UUID tenant) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> esquecer(tenant));
        } else {
            esquecer(tenant);
        }
    }

    void esquecerTodos() {
        geracaoDeTodos.incrementAndGet();
        lidos.clear();
    }

    private void esquecer(UUID tenant) {
        geracoes.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
        lidos.remove(tenant);
    }

    private long geracao(UUID tenant) {
        AtomicLong geracao = geracoes.get(tenant);
        return geracao == null ? 0 : geracao.get();
    }

    private record Lido(Dashboard painel, long em) {
    }
}
