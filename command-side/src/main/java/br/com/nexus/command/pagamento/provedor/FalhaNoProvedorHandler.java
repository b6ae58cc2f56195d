package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.command.comum.ProblemaJson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Ahead of the global handler, whose catch-all would turn a provider's failure into a 500. */
@RestControllerAdvice(assignableTypes = CobrancaController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FalhaNoProvedorHandler {

    @ExceptionHandler(FalhaNoProvedor.class)
    ResponseEntity<ProblemDetail> falha(FalhaNoProvedor e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> resposta = ProblemaJson.resposta(e.status(), e.code(), e.getMessage(), request);
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            return ResponseEntity.status(resposta.getStatusCode()).headers(resposta.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "30").body(resposta.getBody());
        }
        return resposta;
    }
}
