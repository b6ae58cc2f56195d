package br.com.nexus.app.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP readers in a JVM of their own, so that the load they cost is not counted inside the server's:
 * {@link #medir} starts this class's {@code main} with the tests' classpath and reads back one line
 * per path. The paths are read in turns (every path once per round, the order rotating), each turn by
 * the same number of connections for the same time, so that the machine's other load falls on all alike.
 */
public final class GeradorDeCarga {

    private static final String RESULTADO = "RESULTADO ";

    /** What the readers of one path measured over every round. */
    public record Leituras(String caminho, long pedidos, long erros, double segundos, double p50, double p95,
            double p99) {

        public double porSegundo() {
            return pedidos / segundos;
        }

        public String latencias() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", p50, p95, p99);
        }
    }

    /**
     * Reads {@code caminhos} on {@code baseUrl} with {@code conexoes} connections, {@code rodadas} rounds
     * of {@code turno} per path after one warm-up round; the tokens are taken in turn, one per request.
     */
    public static Map<String, Leituras> medir(String baseUrl, List<String> tokens, int conexoes, int rodadas,
            Duration turno, List<String> caminhos) throws IOException, InterruptedException {
        List<String> comando = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), GeradorDeCarga.class.getName(), baseUrl,
                String.valueOf(conexoes), String.valueOf(rodadas), String.valueOf(turno.toMillis())));
        comando.addAll(caminhos);
        ProcessBuilder construtor = new ProcessBuilder(comando).redirectError(ProcessBuilder.Redirect.INHERIT);
        // Through the environment, not the command line, where any user of the machine could read them.
        construtor.environment().put("NEXUS_BENCH_TOKENS", String.join(",", tokens));
        Process processo = construtor.start();
        Map<String, Leituras> resultado = new LinkedHashMap<>();
        try (BufferedReader saida = new BufferedReader(
                new InputStreamReader(processo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String linha = saida.readLine(); linha != null; linha = saida.readLine()) {
                if (linha.startsWith(RESULTADO)) {
                    String[] c = linha.substring(RESULTADO.length()).split(" ");
                    resultado.put(c[0], new Leituras(c[0], Long.parseLong(c[1]), Long.parseLong(c[2]),
                            Double.parseDouble(c[3]), Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                            Double.parseDouble(c[6])));
                }
            }
        }
        if (processo.waitFor() != 0 || resultado.size() != caminhos.size()) {
            throw new IllegalStateException("o gerador de carga terminou com " + processo.exitValue()
                    + " e mediu " + resultado.keySet());
        }
        return resultado;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int conexoes = Integer.parseInt(args[1]);
        int rodadas = Integer.parseInt(args[2]);
        long turnoMs = Long.parseLong(args[3]);
        List<String> caminhos = List.of(Arrays.copyOfRange(args, 4, args.length));
        String[] tokens = System.getenv("NEXUS_BENCH_TOKENS").split(",");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Amostras> porCaminho = new LinkedHashMap<>();
        caminhos.forEach(c -> porCaminho.put(c, new Amostras()));
        for (String caminho : caminhos) {
            turno(http, base, caminho, tokens, conexoes, turnoMs, new Amostras());
        }
        for (int r = 0; r < rodadas; r++) {
            for (int i = 0; i < caminhos.size(); i++) {
                String caminho = caminhos.get((i + r) % caminhos.size());
                turno(http, base, caminho, tokens, conexoes, turnoMs, porCaminho.get(caminho));
            }
        }
        porCaminho.forEach((caminho, a) -> System.out.println(RESULTADO + caminho + " " + a.linha()));
        System.exit(0);
    }

    private static void turno(HttpClient http, String base, String caminho, String[] tokens, int conexoes,
            long turnoMs, Amostras amostras) throws InterruptedException {
        AtomicBoolean fim = new AtomicBoolean();
        AtomicLong proximo = new AtomicLong();
        CountDownLatch terminados = new CountDownLatch(conexoes);
        URI destino = URI.create(base + caminho);
        long inicio = System.nanoTime();
        for (int l = 0; l < conexoes; l++) {
            Thread leitor = new Thread(() -> {
                try {
                    while (!fim.get()) {
                        HttpRequest pedido = HttpRequest.newBuilder(destino).timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer "
                                        + tokens[(int) (proximo.getAndIncrement() % tokens.length)])
                                .GET().build();
                        long antes = System.nanoTime();
                        boolean certo;
                        try {
                            certo = http.send(pedido, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException e) {
                            certo = false;
                        }
                        amostras.registrar(System.nanoTime() - antes, certo);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    terminados.countDown();
                }
            });
            leitor.setDaemon(true);
            leitor.start();
        }
        Thread.sleep(turnoMs);
        fim.set(true);
        terminados.await();
        amostras.duracao(System.nanoTime() - inicio);
    }

    /** Latencies of one path, its errors and the time its turns lasted. */
    private static final class Amostras {

        private long[] nanos = new long[1 << 16];
        private int quantas;
        private long erros;
        private long duracao;

        synchronized void registrar(long latencia, boolean certo) {
            if (!certo) {
                erros++;
            }
            if (quantas == nanos.length) {
                nanos = Arrays.copyOf(nanos, quantas * 2);
            }
            nanos[quantas++] = latencia;
        }

        synchronized void duracao(long nanosDoTurno) {
            duracao += nanosDoTurno;
        }

        synchronized String linha() {
            long[] ordenadas = Arrays.copyOf(nanos, quantas);
            Arrays.sort(ordenadas);
            return String.format(Locale.ROOT, "%d %d %.3f %.3f %.3f %.3f", quantas - erros, erros, duracao / 1e9,
                    p(ordenadas, 50), p(ordenadas, 95), p(ordenadas, 99));
        }

        private static double p(long[] ordenadas, double percentil) {
            if (ordenadas.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(percentil / 100 * ordenadas.length) - 1;
            return ordenadas[Math.max(0, Math.min(ordenadas.length - 1, i))] / 1e6;
        }
    }
}
