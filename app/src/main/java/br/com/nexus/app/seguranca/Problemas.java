package br.com.nexus.app.seguranca;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** problem+json bodies for security refusals, in the shape the rest of the API uses. */
final class Problemas {

    static final String NAO_AUTENTICADO = "NAO_AUTENTICADO";

    private Problemas() {
    }

    static ProblemDetail problema(HttpStatus status, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(tipo(code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    /** Writes a problem from a servlet filter, where no message converter is at hand. */
    static void escrever(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code,
            String detail, HttpServletRequest request) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("type", tipo(code).toString());
        corpo.put("title", status.getReasonPhrase());
        corpo.put("status", status.value());
        corpo.put("detail", detail);
        corpo.put("instance", request.getRequestURI());
        corpo.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), corpo);
    }

    private static URI tipo(String code) {
        return URI.create("urn:nexus:problema:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
