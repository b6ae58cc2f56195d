package br.com.nexus.app.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a benchmark prints of memory: the heap in use sampled every 50 ms, and the sum of the JVM's
 * own peak per heap pool (peaks that came at different moments, so it overstates), both from
 * {@link #iniciar()}.
 */
public final class MedidorDeHeap {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong pico = new AtomicLong();
    private ScheduledExecutorService amostrador;
    private long somaDosPicos;

    public void iniciar() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        amostrador = Executors.newSingleThreadScheduledExecutor();
        amostrador.scheduleAtFixedRate(() -> pico.accumulateAndGet(emUso(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
    }

    public void parar() throws InterruptedException {
        amostrador.shutdownNow();
        amostrador.awaitTermination(1, TimeUnit.SECONDS);
        somaDosPicos = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    public long picoAmostrado() {
        return pico.get();
    }

    public long somaDosPicos() {
        return somaDosPicos;
    }

    private long emUso() {
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
