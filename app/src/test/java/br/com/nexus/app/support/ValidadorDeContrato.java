package br.com.nexus.app.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Holds every call of the integration tests to the API's own published contract
 * ({@code /v3/api-docs}, read once per JVM), the way a client generated from it would expect.
 *
 * <p>Answers are always checked: whatever the server says must be in the document. Requests are
 * checked only when the server accepted them (2xx): the hostile-input tests send invalid requests on
 * purpose, and their refusal is exactly what they test; but a request the server takes must be one
 * the document allows, or the document is stricter than the code. Likewise a path or method the
 * document does not have is no violation while it is refused (4xx), and is one once it is served.
 *
 * <p>Violations of every test are also appended to {@code target/contrato-violacoes.txt}, so one run
 * of the suite shows all of them at once.
 */
final class ValidadorDeContrato {

    /** Known gaps, each with its reason: a message key and the operation it is tolerated on. */
    private static final Map<String, String> TOLERADAS = Map.of();

    private static final Path RELATORIO = Path.of("target", "contrato-violacoes.txt");
    private static volatile OpenApiInteractionValidator validador;

    private ValidadorDeContrato() {
    }

    static List<String> verificar(String base, HttpRequest pedido, HttpResponse<String> resposta) {
        URI uri = pedido.uri();
        String caminho = uri.getRawPath();
        if (!caminho.startsWith("/api/")) {
            return List.of();
        }
        Request.Method metodo = Request.Method.valueOf(pedido.method());
        SimpleResponse.Builder r = SimpleResponse.Builder.status(resposta.statusCode());
        resposta.headers().map().forEach((nome, valores) -> r.withHeader(nome, valores));
        if (resposta.body() != null && !resposta.body().isEmpty()) {
            r.withBody(resposta.body());
        }
        ValidationReport relatorio = validador(base).validateResponse(caminho, metodo, r.build());
        boolean aceito = resposta.statusCode() >= 200 && resposta.statusCode() < 300;
        if (aceito) {
            relatorio = relatorio.merge(validador(base).validateRequest(requisicao(pedido, metodo)));
        }
        List<String> violacoes = new ArrayList<>();
        for (ValidationReport.Message m : relatorio.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            boolean rotaDesconhecida = m.getKey().equals("validation.request.path.missing")
                    || m.getKey().equals("validation.request.operation.notAllowed");
            if (rotaDesconhecida && resposta.statusCode() >= 400 && resposta.statusCode() < 500) {
                continue; // a probe of a path or method that does not exist, refused as it should be
            }
            if (TOLERADAS.containsKey(m.getKey() + " " + pedido.method() + " " + caminho)) {
                continue;
            }
            violacoes.add(pedido.method() + " " + uri.getRawPath() + " -> " + resposta.statusCode() + ": "
                    + m.getKey() + ": " + m.getMessage().replace('\n', ' '));
        }
        registrar(violacoes);
        return violacoes;
    }

    private static Request requisicao(HttpRequest pedido, Request.Method metodo) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(metodo, pedido.uri().getRawPath());
        pedido.headers().map().forEach((nome, valores) -> b.withHeader(nome, valores));
        String consulta = pedido.uri().getRawQuery();
        if (consulta != null) {
            for (String par : consulta.split("&")) {
                if (par.isEmpty()) {
                    continue;
                }
                int igual = par.indexOf('=');
                String nome = URLDecoder.decode(igual < 0 ? par : par.substring(0, igual), StandardCharsets.UTF_8);
                String valor = igual < 0 ? "" : URLDecoder.decode(par.substring(igual + 1), StandardCharsets.UTF_8);
                b.withQueryParam(nome, valor);
            }
        }
        pedido.bodyPublisher().map(ValidadorDeContrato::ler).filter(c -> c.length > 0)
                .ifPresent(corpo -> b.withBody(corpo));
        return b.build();
    }

    /** The body a publisher sends; the test's publishers (strings and byte arrays) replay on demand. */
    private static byte[] ler(HttpRequest.BodyPublisher publicador) {
        java.io.ByteArrayOutputStream saida = new java.io.ByteArrayOutputStream();
        publicador.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription assinatura) {
                assinatura.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer parte) {
                byte[] bytes = new byte[parte.remaining()];
                parte.get(bytes);
                saida.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable erro) {
            }

            @Override
            public void onComplete() {
            }
        });
        return saida.toByteArray();
    }

    private static OpenApiInteractionValidator validador(String base) {
        if (validador == null) {
            synchronized (ValidadorDeContrato.class) {
                if (validador == null) {
                    validador = OpenApiInteractionValidator.createForInlineApiSpecification(documento(base)).build();
                }
            }
        }
        return validador;
    }

    private static String documento(String base) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void registrar(List<String> violacoes) {
        if (violacoes.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(RELATORIO.getParent());
            Files.write(RELATORIO, violacoes, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
