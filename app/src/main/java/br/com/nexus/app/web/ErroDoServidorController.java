package br.com.nexus.app.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container sends the errors no controller answered (a filter's sendError, a
 * request refused before reaching Spring MVC): our problem+json in place of Spring Boot's default
 * error document, with nothing of the framework in it.
 */
@Hidden
@RestController
class ErroDoServidorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Object> erro(HttpServletRequest request) {
        Object codigo = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = codigo instanceof Integer numero && HttpStatus.resolve(numero) != null
                ? HttpStatus.resolve(numero) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object caminho = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ProblemHandler.problem(status, ProblemHandler.codigoDe(status), ProblemHandler.detalheDe(status),
                caminho instanceof String uri ? uri : null, null);
    }
}
