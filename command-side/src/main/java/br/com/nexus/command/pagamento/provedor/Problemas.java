package br.com.nexus.command.pagamento.provedor;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Problem+json answers for the statuses the global handler does not produce (401 for a webhook
 * caller without the right secret, 502/503 when a provider fails), in the same shape: type, title,
 * status, detail, code and instance.
 */
public final class Problemas {

    private Problemas() {
    }

    public static ResponseEntity<ProblemDetail> problema(HttpStatus status, String code, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:nexus:problema:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A webhook call that did not present the tenant's secret: nothing about why is revealed. */
    public static ResponseEntity<ProblemDetail> webhookNaoAutenticado(HttpServletRequest request) {
        return problema(HttpStatus.UNAUTHORIZED, "WEBHOOK_NAO_AUTENTICADO",
                "Credencial do webhook ausente ou inválida", request);
    }

    public static ResponseEntity<ProblemDetail> grandeDemais(HttpServletRequest request) {
        return problema(HttpStatus.PAYLOAD_TOO_LARGE, "CONTEUDO_GRANDE_DEMAIS", "Corpo da requisição grande demais",
                request);
    }

    /** The request body as UTF-8 text, read up to {@code maximo} bytes; empty when it is larger. */
    public static Optional<String> corpo(HttpServletRequest request, int maximo) {
        try {
            byte[] bytes = request.getInputStream().readNBytes(maximo + 1);
            return bytes.length > maximo ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Corpo da requisição ilegível", e);
        }
    }
}
