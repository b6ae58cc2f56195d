package br.com.nexus.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Paths the security firewall refuses ({@code //}, {@code ;x=1}, an encoded {@code /}, {@code ..}):
 * a 400 problem+json, never the container's or the framework's error page.
 */
@Component
class RequisicaoRecusadaHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RequisicaoRecusadaHandler.class);

    private final ObjectMapper json;

    RequisicaoRecusadaHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.debug("Refused request path: {}", e.getMessage());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemHandler.problem(HttpStatus.BAD_REQUEST,
                ProblemHandler.REQUISICAO_INVALIDA, "Caminho inválido", (String) null, null).getBody());
    }
}
