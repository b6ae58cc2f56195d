package br.com.nexus.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a NUL character in the path or in a query parameter before anything reads it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CaractereNuloFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    CaractereNuloFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (temNulo(request.getRequestURI())
                || request.getParameterMap().values().stream().flatMap(Arrays::stream).anyMatch(this::temNulo)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ProblemHandler.problem(HttpStatus.BAD_REQUEST,
                    ProblemHandler.REQUISICAO_INVALIDA, "Caractere nulo não é aceito", request, null).getBody());
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean temNulo(String texto) {
        return texto != null && texto.indexOf('\u0000') >= 0;
    }
}
