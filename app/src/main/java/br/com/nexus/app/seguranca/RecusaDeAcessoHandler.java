package br.com.nexus.app.seguranca;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link RecusaDeAcesso}; ordered first so the catch-all of the global handler never sees it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecusaDeAcessoHandler {

    @ExceptionHandler(RecusaDeAcesso.class)
    ResponseEntity<ProblemDetail> recusa(RecusaDeAcesso e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder resposta = ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfter() != null) {
            resposta.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, segundos(e))));
        }
        if (e.status().value() == 401) {
            resposta.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return resposta.body(Problemas.problema(e.status(), e.code(), e.getMessage(), request));
    }

    private static long segundos(RecusaDeAcesso e) {
        long millis = e.retryAfter().toMillis();
        return (millis + 999) / 1000;
    }
}
