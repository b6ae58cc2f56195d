package br.com.nexus.app.portal;

import br.com.nexus.app.portal.fake.BoletoFalso;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.portal.fake.PortalFalso;
import br.com.nexus.app.support.MedidorDeHeap;
import br.com.nexus.app.support.ResultadoDoBenchmark;
import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.command.portal.navegador.ConfiguracaoNavegador;
import br.com.nexus.command.portal.navegador.Credenciais;
import br.com.nexus.command.portal.navegador.Desfecho;
import br.com.nexus.command.portal.navegador.PerfilPortal;
import br.com.nexus.command.portal.navegador.RoboDoPortal;
import br.com.nexus.kernel.cliente.ClienteId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Portal download throughput: N clientes (default 200) against the fake portal answering every
 * page after a fixed latency (default 1 s), first with one browser, then with K (default 4), in
 * the same run. Prints the time per cliente, the speedup and the heap's peak in one table; asserts
 * nothing about time. Run with
 * {@code ./bench.sh portal} (system properties {@code bench.clientes}, {@code bench.latenciaMs},
 * {@code bench.k}, {@code bench.intervaloMs}).
 */
@Tag("benchmark")
class PortalBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PortalBenchmark.class);

    private static final int CLIENTES = Integer.getInteger("bench.clientes", 200);
    private static final Duration LATENCIA = Duration.ofMillis(Long.getLong("bench.latenciaMs", 1000));
    private static final int K = Integer.getInteger("bench.k", 4);
    private static final Duration INTERVALO = Duration.ofMillis(Long.getLong("bench.intervaloMs", 250));

    private record Medida(int k, int baixados, Duration total, long[] porClienteMs) {

        double segundosPorCliente() {
            return total.toMillis() / 1000.0 / baixados;
        }

        double porMinuto() {
            return baixados * 60_000.0 / total.toMillis();
        }

        String latencias() {
            return String.format(Locale.ROOT, "p50 %.2f s, p95 %.2f s", percentil(0.5), percentil(0.95));
        }

        double percentil(double p) {
            long[] ordenados = porClienteMs.clone();
            Arrays.sort(ordenados);
            return ordenados.length == 0 ? 0 : ordenados[(int) Math.min(ordenados.length - 1,
                    Math.round(p * (ordenados.length - 1)))] / 1000.0;
        }
    }

    @Test
    void mede() throws Exception {
        Path capturas = Files.createTempDirectory("bench-portal");
        try (PortalFalso portal = PortalFalso.iniciar("24627", "senha")) {
            List<ClienteDoPortal> clientes = new ArrayList<>();
            for (int i = 0; i < CLIENTES; i++) {
                ClienteDoPortal cliente = new ClienteDoPortal(ClienteId.novo(), CpfsDeTeste.novo(), "Cliente " + i);
                portal.cliente(cliente.cpf(), cliente.nome(), BoletoFalso.de(10_000 + i, LocalDate.of(2025, 12, 10),
                        "DEZEMBRO/2025", 5_000 + i));
                clientes.add(cliente);
            }
            portal.latencia(LATENCIA);

            MedidorDeHeap heap = new MedidorDeHeap();
            heap.iniciar();
            Medida um = medir(portal, clientes, 1, capturas);
            Medida varios = medir(portal, clientes, K, capturas);

            heap.parar();

            double latencia = LATENCIA.toMillis() / 1000.0;
            new ResultadoDoBenchmark("Canopus portal download")
                    .medida("clientes; page latency; courtesy pause", String.format(Locale.ROOT,
                            "%d; %.1f s; %d ms (fake portal, Chromium headless)", CLIENTES, latencia,
                            INTERVALO.toMillis()))
                    .comparacao("clientes per minute, K=" + K + " browsers (" + varios.baixados() + " downloaded)",
                            varios.porMinuto(), um.porMinuto(), "clientes/min", "K=1, " + um.baixados() + " downloaded")
                    .comparacao("K=1 time per cliente", um.segundosPorCliente(), 3 * latencia + 1, "s",
                            "3 page latencies + 1 s")
                    .medida("one cliente in one browser, K=1", um.latencias())
                    .medida("one cliente in one browser, K=" + K, varios.latencias())
                    .medida("portal logins, both runs", String.valueOf(portal.logins()))
                    .heap(heap)
                    .imprimir();
        }
    }

    private Medida medir(PortalFalso portal, List<ClienteDoPortal> clientes, int k, Path capturas) {
        RoboDoPortal robo = new RoboDoPortal(ConfiguracaoNavegador.padrao(Path.of("/usr/bin/chromium")),
                new PerfilPortal(), new RoboDoPortal.Parametros(k, INTERVALO, Duration.ofSeconds(60), capturas));
        ConcurrentLinkedQueue<Long> porCliente = new ConcurrentLinkedQueue<>();
        ThreadLocal<Long> anterior = new ThreadLocal<>();
        AtomicInteger baixados = new AtomicInteger();
        long inicio = System.nanoTime();
        RoboDoPortal.Fim fim = robo.executar(portal.baseUrl(), new Credenciais("24627", "senha", null), clientes,
                null, (cliente, desfecho) -> {
                    long agora = System.nanoTime();
                    Long antes = anterior.get();
                    // A browser's first cliente also paid for starting Chromium and logging in.
                    if (antes != null) {
                        porCliente.add((agora - antes) / 1_000_000);
                    }
                    anterior.set(agora);
                    if (desfecho instanceof Desfecho.Baixado) {
                        baixados.incrementAndGet();
                    } else {
                        log.warn("Cliente {}: {}", cliente.nome(), desfecho);
                    }
                    return true;
                });
        Duration total = Duration.ofNanos(System.nanoTime() - inicio);
        if (fim.parada() != null) {
            log.warn("Run stopped: {} {}", fim.parada().motivo(), fim.parada().detalhe());
        }
        return new Medida(k, baixados.get(), total, porCliente.stream().mapToLong(Long::longValue).toArray());
    }
}
