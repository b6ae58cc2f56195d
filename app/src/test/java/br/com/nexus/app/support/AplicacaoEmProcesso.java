package br.com.nexus.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.NexusApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The real application as a child JVM on a data directory of its own, for tests that stop it
 * (SIGTERM), kill it (SIGKILL, as a crash or the OOM killer would) and start it again on the same
 * data: its embedded PostgreSQL, tokens, sagas and deadlines survive or not as in production.
 * Its database is reachable from the test ({@link #banco()}) to read what the API does not show.
 */
public final class AplicacaoEmProcesso implements AutoCloseable {

    public static final String EMAIL = "admin@queda.test";
    public static final String SENHA = "Senha-Da-Queda-123";
    public static final String EMAIL_DA_EMPRESA = "gestor@queda.test";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration PARTIDA = Duration.ofSeconds(180);

    private final Path dados;
    private final Path log;
    private final int porta;
    private final int portaDoBanco;
    private final List<String> argumentos;
    private final List<Process> processos = new ArrayList<>();
    private final RelogioDoProcesso relogio;
    private Process atual;
    private boolean empresaCriada;

    private AplicacaoEmProcesso(Path dados, List<String> argumentos, boolean relogioControlado) throws IOException {
        this.dados = dados;
        this.relogio = relogioControlado ? new RelogioDoProcesso(dados) : null;
        // Kept after the test, for a failure to be read, where a clean build removes it.
        this.log = Files.createDirectories(Path.of("target", "processos")).toAbsolutePath()
                .resolve(dados.getFileName() + ".log");
        this.porta = portaLivre();
        this.portaDoBanco = portaLivre();
        this.argumentos = List.copyOf(argumentos);
    }

    /** @param argumentos extra Spring properties, e.g. {@code --nexus.whatsapp.intervalo-varredura=100ms} */
    public static AplicacaoEmProcesso novo(String... argumentos) throws IOException {
        return new AplicacaoEmProcesso(Files.createTempDirectory("nexus-processo"), List.of(argumentos), false);
    }

    /** Like {@link #novo}, on a calendar the test moves forward with {@link #avancarRelogio}. */
    public static AplicacaoEmProcesso comRelogioControlado(String... argumentos) throws IOException {
        return new AplicacaoEmProcesso(Files.createTempDirectory("nexus-processo"), List.of(argumentos), true);
    }

    /**
     * Moves the application's calendar (and its database's) {@code quanto} further ahead; what falls
     * due in between happens as if that time had passed. Access tokens issued before may have expired.
     */
    public void avancarRelogio(Duration quanto) {
        assertThat(relogio).as("aplicação iniciada sem relógio controlado").isNotNull();
        relogio.avancar(quanto);
        Instant esperado = Instant.now().plus(relogio.avanco()).minusSeconds(60);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> horaDaAplicacao().filter(hora -> hora.isAfter(esperado)).isPresent());
    }

    /** The application's own time, as its HTTP {@code Date} header tells it. */
    private Optional<Instant> horaDaAplicacao() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + porta + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding());
            return r.headers().firstValue("Date")
                    .map(data -> ZonedDateTime.parse(data, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** How far ahead of the real time the application's calendar is. */
    public Duration avancoDoRelogio() {
        return relogio == null ? Duration.ZERO : relogio.avanco();
    }

    /** Starts the application on the data directory and waits until it reports healthy. */
    public void iniciar() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A JVM that lives a minute or two on a shared machine: C1 only and a serial collector start it fastest.
        List<String> comando = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), NexusApplication.class.getName(),
                "--server.port=" + porta,
                "--nexus.embedded-postgres.data-dir=" + dados,
                "--nexus.embedded-postgres.port=" + portaDoBanco,
                "--nexus.admin.email=" + EMAIL,
                "--nexus.admin.password=" + SENHA,
                "--nexus.admin.tenant=Queda",
                // The stand-ins for Evolution and Asaas listen on this machine, over plain http.
                "--nexus.seguranca.saida.permitir-http=true",
                "--nexus.seguranca.saida.permitir-enderecos-privados=true",
                "--nexus.seguranca.saida.hosts-adicionais=localhost",
                // The crash tests watch a whole campaign through one long page, polled.
                "--nexus.seguranca.leituras-pesadas.por-usuario=100000",
                "--nexus.seguranca.leituras-pesadas.por-empresa=100000",
                "--logging.level.root=WARN",
                "--logging.level." + NexusApplication.class.getName() + "=INFO"));
        comando.addAll(argumentos);
        ProcessBuilder builder = new ProcessBuilder(comando)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().put("NEXUS_DATA_DIR", dados.toString());
        if (relogio != null) {
            builder.environment().putAll(relogio.ambiente());
        }
        Process processo = builder.start();
        processos.add(processo);
        atual = processo;
        await().atMost(PARTIDA).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(processo.isAlive()).as("o serviço morreu ao iniciar; veja " + log).isTrue();
            return saudavel();
        });
    }

    /** SIGTERM: a graceful shutdown, as a deployment does. */
    public void parar() throws InterruptedException {
        atual.destroy();
        assertThat(atual.waitFor(60, TimeUnit.SECONDS)).as("o serviço não parou com SIGTERM; veja " + log).isTrue();
    }

    /** SIGKILL: nothing of the JVM runs after it; the PostgreSQL it started is left behind. */
    public void matar() throws InterruptedException {
        atual.destroyForcibly();
        atual.waitFor();
    }

    /** The PostgreSQL server running on the data directory, if any. */
    public Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = dados.resolve("pg").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        long numero = Long.parseLong(Files.readAllLines(pid).get(0).strip());
        return ProcessHandle.of(numero).filter(ProcessHandle::isAlive);
    }

    /** A connection to the application's own database (close it). */
    public Connection banco() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + portaDoBanco + "/postgres", "postgres",
                "postgres");
    }

    /** The platform administrator's access token: it manages firms, not their cobranças. */
    public String loginDaPlataforma() {
        return entrar(EMAIL);
    }

    /** The access token of the ADMIN of the firm the tests work in, created on first use. */
    public String login() {
        if (!empresaCriada) {
            enviar("POST", "/api/admin/tenants", loginDaPlataforma(), Map.of("nome", "Queda Cobranças",
                    "adminEmail", EMAIL_DA_EMPRESA, "adminSenha", SENHA), 201);
            empresaCriada = true;
        }
        return entrar(EMAIL_DA_EMPRESA);
    }

    private String entrar(String email) {
        return enviar("POST", "/api/auth/login", null, Map.of("email", email, "senha", SENHA), 200)
                .path("accessToken").asText();
    }

    /** Calls the API and checks the status; returns the JSON answer. */
    public JsonNode enviar(String metodo, String caminho, String token, Object corpo, int esperado) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + porta + caminho))
                    .timeout(Duration.ofSeconds(30))
                    .method(metodo, corpo == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(corpo)))
                    .header("Content-Type", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(metodo + " " + caminho + ": " + r.body()).isEqualTo(esperado);
            return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode get(String caminho, String token) {
        return enviar("GET", caminho, token, null, 200);
    }

    /**
     * Kills whatever is still running (the JVM, then the PostgreSQL it leaves behind, waiting for it to
     * exit) and deletes the data directory: nothing is kept, so a graceful shutdown would only cost time.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        for (Process p : processos) {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
        }
        Optional<ProcessHandle> postgres = postmaster();
        if (postgres.isPresent()) {
            postgres.get().destroy();
            try {
                postgres.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                postgres.get().destroyForcibly();
            }
        }
        try (Stream<Path> arquivos = Files.walk(dados)) {
            arquivos.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private boolean saudavel() {
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

    private static int portaLivre() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
