package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.command.comum.ProblemaJson;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The payment webhooks' own answers (401 for a caller without the right secret, 413) and body reading. */
public final class Problemas {

    private Problemas() {
    }

    /** A webhook call that did not present the tenant's secret: nothing about why is revealed. */
    public static ResponseEntity<ProblemDetail> webhookNaoAutenticado(HttpServletRequest request) {
        return ProblemaJson.resposta(HttpStatus.UNAUTHORIZED, "WEBHOOK_NAO_AUTENTICADO",
                "Credencial do webhook ausente ou inválida", request);
    }

    public static ResponseEntity<ProblemDetail> grandeDemais(HttpServletRequest request) {
        return ProblemaJson.resposta(HttpStatus.PAYLOAD_TOO_LARGE, "CONTEUDO_GRANDE_DEMAIS", "Corpo da requisição grande demais",
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
