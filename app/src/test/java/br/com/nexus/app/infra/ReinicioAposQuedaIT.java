package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.NexusApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the running service with SIGKILL, as a crash or an OOM killer would, and starts it again on
 * the same data directory: it must come back (stopping the PostgreSQL the dead JVM left behind)
 * with every committed event.
 */
class ReinicioAposQuedaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EMAIL = "admin@queda.test";
    private static final String SENHA = "Senha-Da-Queda-123";

    private final List<Process> processos = new ArrayList<>();
    private Path dados;

    @AfterEach
    void encerrar() throws Exception {
        for (Process p : processos) {
            if (p.isAlive()) {
                p.destroy();
                p.waitFor();
            }
        }
        Optional<ProcessHandle> orfao = postmaster();
        orfao.ifPresent(ProcessHandle::destroy);
        if (dados != null) {
            try (Stream<Path> arquivos = Files.walk(dados)) {
                arquivos.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void voltaDepoisDeKillNoveComTodosOsEventos() throws Exception {
        dados = Files.createTempDirectory("nexus-queda");
        int porta = portaLivre();

        Process primeiro = iniciar(porta);
        String token = login(porta);
        String leadId = criarLead(porta, token);
        assertThat(eventosDoLead(porta, token, leadId)).hasSize(1);

        primeiro.destroyForcibly();
        primeiro.waitFor();
        Optional<ProcessHandle> orfao = postmaster();
        assertThat(orfao).as("o PostgreSQL do processo morto continua rodando").isPresent();

        iniciar(porta);
        assertThat(orfao.get().isAlive()).as("o PostgreSQL órfão foi parado").isFalse();
        List<JsonNode> eventos = eventosDoLead(porta, login(porta), leadId);
        assertThat(eventos).hasSize(1);
        assertThat(eventos.get(0).path("tipo").asText()).isEqualTo("LeadCapturado");
    }

    private Process iniciar(int porta) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), NexusApplication.class.getName(),
                "--server.port=" + porta,
                "--nexus.embedded-postgres.data-dir=" + dados,
                "--nexus.admin.email=" + EMAIL,
                "--nexus.admin.password=" + SENHA,
                "--nexus.admin.tenant=Queda",
                "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(dados.resolveSibling(dados.getFileName() + ".log").toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process processo = builder.start();
        processos.add(processo);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(processo.isAlive()).as("o serviço morreu ao iniciar").isTrue();
            return saudavel(porta);
        });
        return processo;
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = dados == null ? null : dados.resolve("pg").resolve("postmaster.pid");
        if (pid == null || !Files.exists(pid)) {
            return Optional.empty();
        }
        long numero = Long.parseLong(Files.readAllLines(pid).get(0).strip());
        return ProcessHandle.of(numero).filter(ProcessHandle::isAlive);
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

    private static String login(int porta) throws Exception {
        JsonNode r = enviar(porta, "POST", "/api/auth/login", null, Map.of("email", EMAIL, "senha", SENHA), 200);
        return r.path("accessToken").asText();
    }

    private static String criarLead(int porta, String token) throws Exception {
        JsonNode r = enviar(porta, "POST", "/api/leads", token,
                Map.of("nome", "Maria da Queda", "telefone", "(11) 98765-4321", "origem", "INSTAGRAM"), 201);
        return r.path("id").asText();
    }

    private static List<JsonNode> eventosDoLead(int porta, String token, String leadId) throws Exception {
        JsonNode r = enviar(porta, "GET", "/api/auditoria/lead/" + leadId + "/eventos", token, null, 200);
        JsonNode lista = r.isArray() ? r : r.path("eventos");
        List<JsonNode> eventos = new ArrayList<>();
        lista.forEach(eventos::add);
        return eventos;
    }

    private static JsonNode enviar(int porta, String metodo, String caminho, String token, Object corpo,
            int esperado) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + porta + caminho))
                .method(metodo, corpo == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(corpo)))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(metodo + " " + caminho + ": " + r.body()).isEqualTo(esperado);
        return JSON.readTree(r.body());
    }

    private static int portaLivre() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
