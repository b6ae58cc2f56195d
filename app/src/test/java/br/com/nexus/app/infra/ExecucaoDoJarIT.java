package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged jar, as {@code ./run.sh} starts it: SERVER_PORT and NEXUS_DATA_DIR from the
 * environment, health UP, a login, then a clean stop that takes its PostgreSQL down with it; then a
 * second start on the same data directory. Prints the time to health UP of both starts.
 * Runs after packaging (failsafe), against {@code app/target/nexus-app.jar}.
 */
class ExecucaoDoJarIT {

    private static final Logger log = LoggerFactory.getLogger(ExecucaoDoJarIT.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void jarSobeNaPortaDoAmbienteRespondeSaudeParaLimpoESobeDeNovoSobreOsMesmosDados() throws Exception {
        Path jar = Path.of(System.getProperty("nexus.jar", "target/nexus-app.jar"));
        assertThat(jar).exists();
        Path dados = Files.createTempDirectory("nexus-jar");
        int porta;
        try (ServerSocket s = new ServerSocket(0)) {
            porta = s.getLocalPort();
        }
        Process processo = null;
        try {
            long inicio = System.nanoTime();
            processo = iniciar(jar, dados, porta);
            aguardarSaude(processo, porta);
            long primeiro = (System.nanoTime() - inicio) / 1_000_000;

            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + porta + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"admin@jar.test\",\"senha\":\"Senha-Do-Jar-123\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(login.body()).contains("accessToken");
            parar(processo, dados);

            // What a user meets every day after the first: the same data directory, already migrated.
            inicio = System.nanoTime();
            processo = iniciar(jar, dados, porta);
            aguardarSaude(processo, porta);
            long segundo = (System.nanoTime() - inicio) / 1_000_000;
            log.warn("nexus-app.jar answered health UP {} ms after start on a new data directory, {} ms after start "
                    + "on the existing one ({} cores, load average {})", primeiro, segundo,
                    Runtime.getRuntime().availableProcessors(),
                    String.format(Locale.ROOT, "%.1f",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            parar(processo, dados);
        } finally {
            if (processo != null) {
                processo.destroyForcibly();
            }
            try (Stream<Path> arquivos = Files.walk(dados)) {
                arquivos.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Process iniciar(Path jar, Path dados, int porta) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dados.resolveSibling(dados.getFileName() + ".log").toFile()));
        builder.environment().put("SERVER_PORT", String.valueOf(porta));
        builder.environment().put("NEXUS_DATA_DIR", dados.toString());
        builder.environment().put("NEXUS_ADMIN_EMAIL", "admin@jar.test");
        builder.environment().put("NEXUS_ADMIN_PASSWORD", "Senha-Do-Jar-123");
        return builder.start();
    }

    private static void aguardarSaude(Process processo, int porta) {
        // Generous: a first start migrates an empty database, and the suite may share the cores with other work.
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(processo.isAlive()).as("o serviço morreu ao iniciar").isTrue();
            return saudavel(porta);
        });
    }

    private static void parar(Process processo, Path dados) throws InterruptedException {
        processo.destroy();
        assertThat(processo.waitFor(60, TimeUnit.SECONDS)).as("parou com SIGTERM").isTrue();
        assertThat(dados.resolve("pg").resolve("postmaster.pid")).as("PostgreSQL parado junto").doesNotExist();
    }

    private static boolean saudavel(int porta) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + porta + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
