package br.com.nexus.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.NexusApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every integration test: the whole application on a random port, over one embedded
 * PostgreSQL. All subclasses share one cached Spring context, so never add per-class
 * configuration ({@code @MockBean}, {@code @DirtiesContext}, {@code @TestPropertySource}); create
 * a fresh tenant per test instead so tests stay independent.
 */
@SpringBootTest(classes = NexusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    protected static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    private EventProcessingConfiguration processadoresDeEventos;

    /** What this test's calls did outside the published contract; see {@link ValidadorDeContrato}. */
    private final List<String> violacoesDoContrato = new CopyOnWriteArrayList<>();

    @AfterEach
    void respeitouOContratoDaApi() {
        assertThat(violacoesDoContrato).as("chamadas fora do contrato publicado em /v3/api-docs").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected Resposta get(String path, String token) {
        return send(request(path, token).GET());
    }

    protected Resposta post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    protected Resposta put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    protected Resposta patch(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
    }

    protected Resposta delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Sends raw bytes as they are: for malformed JSON and other hostile bodies. */
    protected Resposta postRaw(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** One file as a {@code multipart/form-data} part named {@code campo}, the way a browser uploads it. */
    protected Resposta postArquivo(String path, String token, String campo, String nome, String tipo,
            byte[] conteudo) {
        String fronteira = "----nexus" + UUID.randomUUID();
        ByteArrayOutputStream corpo = new ByteArrayOutputStream();
        corpo.writeBytes(("--" + fronteira + "\r\nContent-Disposition: form-data; name=\"" + campo + "\"; filename=\""
                + nome + "\"\r\nContent-Type: " + tipo + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corpo.writeBytes(conteudo);
        corpo.writeBytes(("\r\n--" + fronteira + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + fronteira)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corpo.toByteArray())));
    }

    /**
     * Waits until these processors have claimed their segments. The policies, sagas and workers start
     * at the head of the stream, taken when they first claim, shortly after the application starts:
     * whatever was published before is not theirs.
     */
    protected void aguardarProcessadores(String... grupos) {
        for (String grupo : grupos) {
            TrackingEventProcessor processador = processadoresDeEventos
                    .eventProcessor(grupo, TrackingEventProcessor.class)
                    .orElseThrow(() -> new IllegalArgumentException("Processador desconhecido: " + grupo));
            await().atMost(Duration.ofSeconds(60)).until(() -> !processador.processingStatus().isEmpty());
        }
    }

    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    protected Resposta send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            violacoesDoContrato.addAll(ValidadorDeContrato.verificar(url(""), request, response));
            return new Resposta(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String json(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer with its body parsed on demand. */
    public record Resposta(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
