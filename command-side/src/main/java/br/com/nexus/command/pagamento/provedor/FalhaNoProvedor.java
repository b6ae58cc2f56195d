package br.com.nexus.command.pagamento.provedor;

import org.springframework.http.HttpStatus;

/**
 * A payment provider could not do what was asked, for a reason that is neither the caller's input
 * nor a bug here: it refused our credentials, it is down, or its circuit is open. Answered as
 * 502/503 problem+json with a stable code.
 */
public class FalhaNoProvedor extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public FalhaNoProvedor(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public FalhaNoProvedor(HttpStatus status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
