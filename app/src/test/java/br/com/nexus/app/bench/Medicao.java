package br.com.nexus.app.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs N operations on a fixed number of threads and reports throughput and latency percentiles. */
record Medicao(String nome, int operacoes, long nanos, long[] latenciasNanos) {

    static Medicao medir(String nome, int operacoes, int threads, IntConsumer operacao) throws Exception {
        long[] latencias = new long[operacoes];
        AtomicInteger proxima = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<Void> trabalhador = () -> {
                for (int i = proxima.getAndIncrement(); i < operacoes; i = proxima.getAndIncrement()) {
                    long inicio = System.nanoTime();
                    operacao.accept(i);
                    latencias[i] = System.nanoTime() - inicio;
                }
                return null;
            };
            long inicio = System.nanoTime();
            Future<?>[] futuros = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                futuros[t] = pool.submit(trabalhador);
            }
            for (Future<?> f : futuros) {
                f.get();
            }
            return new Medicao(nome, operacoes, System.nanoTime() - inicio, latencias);
        } finally {
            pool.shutdownNow();
        }
    }

    Medicao somar(Medicao outra) {
        long[] todas = Arrays.copyOf(latenciasNanos, latenciasNanos.length + outra.latenciasNanos.length);
        System.arraycopy(outra.latenciasNanos, 0, todas, latenciasNanos.length, outra.latenciasNanos.length);
        return new Medicao(nome, operacoes + outra.operacoes, nanos + outra.nanos, todas);
    }

    double porSegundo() {
        return operacoes / (nanos / 1e9);
    }

    double percentilMs(double p) {
        long[] ordenadas = latenciasNanos.clone();
        Arrays.sort(ordenadas);
        int indice = (int) Math.min(ordenadas.length - 1, Math.ceil(p / 100.0 * ordenadas.length) - 1);
        return ordenadas[Math.max(0, indice)] / 1e6;
    }

    String linha() {
        return String.format(Locale.ROOT, "%-34s %8d ops %9.1f ops/s   p50 %7.2f ms   p99 %7.2f ms",
                nome, operacoes, porSegundo(), percentilMs(50), percentilMs(99));
    }
}
