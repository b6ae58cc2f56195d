package br.com.nexus.command.comum;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 7807 answers for the statuses a domain error cannot express (401 to a webhook stranger, 502
 * or 503 when a provider or gateway fails), in the shape of every other problem the API returns:
 * type, title, status, detail, code and instance.
 */
public final class ProblemaJson {

    private ProblemaJson() {
    }

    public static ResponseEntity<ProblemDetail> resposta(HttpStatus status, String code, String detail,
            HttpServletRequest request) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detail);
        problema.setType(URI.create("urn:nexus:problema:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problema.setTitle(status.getReasonPhrase());
        problema.setProperty("code", code);
        if (request != null) {
            problema.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problema);
    }
}
