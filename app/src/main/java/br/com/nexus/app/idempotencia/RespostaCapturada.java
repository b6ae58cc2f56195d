package br.com.nexus.app.idempotencia;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answer of a request with a key, held until it is stored. An answer left to the container's
 * error page ({@code sendError}) has no body of ours yet, so it is never stored.
 */
class RespostaCapturada extends ContentCachingResponseWrapper {

    private boolean erroEnviado;

    RespostaCapturada(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int sc) throws IOException {
        erroEnviado = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        erroEnviado = true;
        super.sendError(sc, msg);
    }

    /** 2xx, 3xx and 4xx answers are final; after a 5xx the client may retry with the same key. */
    boolean guardavel() {
        return !erroEnviado && getStatus() < 500;
    }

    RespostaGuardada guardada() {
        return new RespostaGuardada(getStatus(), getContentType(), getHeader(HttpHeaders.LOCATION),
                getContentAsByteArray());
    }
}
