package br.com.nexus.app.portal;

import br.com.nexus.app.portal.fake.BoletoFalso;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.portal.fake.PortalFalso;
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
 * the same run. Prints the time per cliente and the speedup; asserts nothing about time. Run with
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

            Medida um = medir(portal, clientes, 1, capturas);
            Medida varios = medir(portal, clientes, K, capturas);

            double latencia = LATENCIA.toMillis() / 1000.0;
            double alvoPorCliente = 3 * latencia + 1;
            double speedup = um.total().toMillis() / (double) varios.total().toMillis();
            StringBuilder relatorio = new StringBuilder();
            relatorio.append(String.format(Locale.ROOT,
                    "%nPortal benchmark: %d clientes, page latency %.1f s, courtesy pause %d ms, Chromium headless%n",
                    CLIENTES, latencia, INTERVALO.toMillis()));
            for (Medida m : List.of(um, varios)) {
                relatorio.append(String.format(Locale.ROOT,
                        "  K=%d: %d downloaded in %.1f s -> %.2f s per cliente (run time / clientes); "
                                + "one cliente in one browser: p50 %.2f s, p95 %.2f s%n",
                        m.k(), m.baixados(), m.total().toMillis() / 1000.0, m.segundosPorCliente(),
                        m.percentil(0.5), m.percentil(0.95)));
            }
            relatorio.append(String.format(Locale.ROOT,
                    "  speedup K=%d over K=1: %.2fx (target >= 3: %s)%n", K, speedup, speedup >= 3 ? "met" : "NOT met"));
            relatorio.append(String.format(Locale.ROOT,
                    "  K=1 time per cliente %.2f s vs 3 latencies + 1 s = %.2f s (target: %s)%n",
                    um.segundosPorCliente(), alvoPorCliente, um.segundosPorCliente() <= alvoPorCliente ? "met" : "NOT met"));
            relatorio.append(String.format(Locale.ROOT, "  portal logins: %d in total for both runs%n", portal.logins()));
            log.info(relatorio.toString());
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
