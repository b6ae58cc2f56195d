package br.com.nexus.app.web;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 7807 problem+json with a stable {@code code}: the caller's faults
 * as 400/404/409/422, never a 500 for bad input.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    public static final String REQUISICAO_INVALIDA = "REQUISICAO_INVALIDA";
    /** How Jackson's strict duplicate detection words its refusal. */
    private static final String CAMPO_DUPLICADO = "Duplicate field";

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, HttpServletRequest request) {
        return comPropriedades(problem(status(e.kind()), e.code(), e.getMessage(), request, null), e.propriedades());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> command(CommandExecutionException e, HttpServletRequest request) {
        return handlerExecution(e, request);
    }

    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<Object> handlerExecution(HandlerExecutionException e, HttpServletRequest request) {
        Optional<ErroDominio> erro = e.getDetails().filter(ErroDominio.class::isInstance).map(ErroDominio.class::cast);
        if (erro.isPresent()) {
            return comPropriedades(problem(status(erro.get().kind()), erro.get().code(), erro.get().message(), request,
                    null), erro.get().propriedades());
        }
        if (e.getCause() instanceof DomainException domain) {
            return domain(domain, request);
        }
        if (e.getCause() instanceof AggregateNotFoundException
                || e.getCause() instanceof IncompatibleAggregateException) {
            return notFound(request);
        }
        return unexpected(e, request);
    }

    /**
     * An id of another kind of aggregate (a lead's id sent to a cliente endpoint): its events do not
     * build this aggregate, which for the caller is exactly a missing record.
     */
    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ResponseEntity<Object> aggregateNotFound(RuntimeException e, HttpServletRequest request) {
        return notFound(request);
    }

    /** Two writers raced on one aggregate; the loser changed nothing and may simply retry. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrency(ConcurrencyException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "ALTERACAO_CONCORRENTE",
                "O registro foi alterado ao mesmo tempo por outra requisição; tente novamente", request, null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("campo", String.valueOf(v.getPropertyPath()), "mensagem", v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, REQUISICAO_INVALIDA, "Requisição inválida", request, errors);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "ERRO_INTERNO",
                "Erro inesperado; nada foi perdido, tente novamente", request, null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("campo", f.getField(), "mensagem", String.valueOf(f.getDefaultMessage())))
                .toList();
        String detail = errors.stream().map(m -> m.get("campo") + ": " + m.get("mensagem"))
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, REQUISICAO_INVALIDA, detail, servlet(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, REQUISICAO_INVALIDA, "Parâmetros inválidos", servlet(request), null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        DomainException domain = causeOf(e, DomainException.class);
        if (domain != null) {
            return problem(status(domain.kind()), domain.code(), domain.getMessage(), servlet(request), null);
        }
        return problem(HttpStatus.BAD_REQUEST, REQUISICAO_INVALIDA, unreadableDetail(e), servlet(request), null);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        DomainException domain = causeOf(e, DomainException.class);
        String detail = domain != null ? domain.getMessage() : "Valor inválido para '" + name + "'";
        return problem(HttpStatus.BAD_REQUEST, domain != null ? domain.code() : REQUISICAO_INVALIDA, detail,
                servlet(request), null);
    }

    /** Spring MVC's own refusals; their English, framework-worded details never reach the caller. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = statusCode.is5xxServerError() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        String detail = detalheDe(status);
        if (e instanceof MissingServletRequestParameterException m) {
            detail = "Parâmetro obrigatório ausente: " + m.getParameterName();
        } else if (e instanceof MissingRequestHeaderException m) {
            detail = "Cabeçalho obrigatório ausente: " + m.getHeaderName();
        } else if (e instanceof MissingServletRequestPartException m) {
            detail = "Parte obrigatória ausente: " + m.getRequestPartName();
        } else if (e instanceof HttpRequestMethodNotSupportedException m) {
            detail = "Método " + m.getMethod() + " não é aceito aqui";
        } else if (e instanceof MaxUploadSizeExceededException) {
            detail = "Arquivo grande demais para esta operação";
        }
        String codigo = codigoDe(status);
        if (e instanceof ErrorResponseException nosso && e.getClass().getName().startsWith("br.com.nexus.")) {
            // Our own modules' refusals already speak Portuguese and may carry their own code.
            ProblemDetail corpo = nosso.getBody();
            detail = corpo.getDetail() != null ? corpo.getDetail() : detail;
            if (corpo.getProperties() != null && corpo.getProperties().get("code") instanceof String proprio) {
                codigo = proprio;
            }
        }
        ResponseEntity<Object> resposta = problem(status, codigo, detail, servlet(request), null);
        if (!headers.isEmpty()) {
            HttpHeaders todos = new HttpHeaders();
            todos.addAll(resposta.getHeaders());
            headers.forEach((nome, valores) -> {
                if (!todos.containsKey(nome)) {
                    todos.addAll(nome, valores);
                }
            });
            return new ResponseEntity<>(resposta.getBody(), todos, resposta.getStatusCode());
        }
        return resposta;
    }

    static String codigoDe(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "NAO_ENCONTRADO";
            case METHOD_NOT_ALLOWED -> "METODO_NAO_PERMITIDO";
            case UNSUPPORTED_MEDIA_TYPE -> "TIPO_DE_CONTEUDO_NAO_SUPORTADO";
            case NOT_ACCEPTABLE -> "FORMATO_NAO_ACEITAVEL";
            case PAYLOAD_TOO_LARGE -> "CONTEUDO_GRANDE_DEMAIS";
            case UNAUTHORIZED -> "NAO_AUTENTICADO";
            case FORBIDDEN -> "ACESSO_NEGADO";
            case TOO_MANY_REQUESTS -> "MUITAS_TENTATIVAS";
            case SERVICE_UNAVAILABLE -> "INDISPONIVEL";
            default -> status.is5xxServerError() ? "ERRO_INTERNO" : REQUISICAO_INVALIDA;
        };
    }

    static String detalheDe(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Recurso não encontrado";
            case METHOD_NOT_ALLOWED -> "Método não aceito aqui";
            case UNSUPPORTED_MEDIA_TYPE -> "Tipo de conteúdo não aceito";
            case NOT_ACCEPTABLE -> "Formato de resposta não disponível";
            case PAYLOAD_TOO_LARGE -> "Conteúdo grande demais";
            case UNAUTHORIZED -> "Autenticação necessária";
            case FORBIDDEN -> "Seu papel não permite esta operação";
            case TOO_MANY_REQUESTS -> "Muitas requisições; tente mais tarde";
            case SERVICE_UNAVAILABLE -> "Serviço indisponível; tente mais tarde";
            default -> status.is5xxServerError() ? "Erro inesperado; nada foi perdido, tente novamente"
                    : "Requisição inválida";
        };
    }

    private ResponseEntity<Object> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "NAO_ENCONTRADO", "Recurso não encontrado", request, null);
    }

    public static ResponseEntity<Object> problem(HttpStatusCode status, String code, String detail,
            HttpServletRequest request, List<Map<String, String>> errors) {
        return problem(status, code, detail, request == null ? null : request.getRequestURI(), errors);
    }

    static ResponseEntity<Object> problem(HttpStatusCode status, String code, String detail, String instance,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:nexus:problema:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        HttpStatus resolved = HttpStatus.resolve(status.value());
        problem.setTitle(resolved != null ? resolved.getReasonPhrase() : "Erro");
        problem.setProperty("code", code);
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException e) {
                // a path that is not a valid URI is no instance worth naming
            }
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** What a rejection names (the existing boleto's id, say) goes into the body as extra members. */
    private static ResponseEntity<Object> comPropriedades(ResponseEntity<Object> resposta, Map<String, String> propriedades) {
        if (resposta.getBody() instanceof ProblemDetail problema && propriedades != null) {
            propriedades.forEach(problema::setProperty);
        }
        return resposta;
    }

    public static HttpStatus status(ErrorKind kind) {
        return switch (kind) {
            case INVALIDO -> HttpStatus.BAD_REQUEST;
            case NAO_ENCONTRADO -> HttpStatus.NOT_FOUND;
            case CONFLITO -> HttpStatus.CONFLICT;
            case REGRA_VIOLADA -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private static String unreadableDetail(HttpMessageNotReadableException e) {
        StreamReadException leitura = causeOf(e, StreamReadException.class);
        if (leitura != null && leitura.getOriginalMessage() != null
                && leitura.getOriginalMessage().startsWith(CAMPO_DUPLICADO)) {
            return "Campo repetido no JSON: " + leitura.getOriginalMessage().substring(CAMPO_DUPLICADO.length()).strip();
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException invalid) {
            return "Valor inválido para '" + path(invalid) + "'";
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "Tipo inválido para '" + path(mismatched) + "'";
        }
        if (cause instanceof JsonMappingException mapping) {
            return "Valor inválido para '" + path(mapping) + "'";
        }
        if (cause instanceof JsonProcessingException) {
            return "JSON malformado";
        }
        return "Corpo da requisição ausente ou ilegível";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return request instanceof ServletWebRequest s ? s.getRequest() : null;
    }
}
