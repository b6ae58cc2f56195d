package br.com.nexus.app.seguranca;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** An authentication or authorization refusal answered as problem+json with a stable code. */
public final class RecusaDeAcesso extends RuntimeException {

    static final String CREDENCIAIS_INVALIDAS = "CREDENCIAIS_INVALIDAS";
    static final String REFRESH_TOKEN_INVALIDO = "REFRESH_TOKEN_INVALIDO";
    static final String MUITAS_TENTATIVAS = "MUITAS_TENTATIVAS";
    static final String ACESSO_NEGADO = "ACESSO_NEGADO";

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    private RecusaDeAcesso(HttpStatus status, String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static RecusaDeAcesso credenciaisInvalidas() {
        return new RecusaDeAcesso(HttpStatus.UNAUTHORIZED, CREDENCIAIS_INVALIDAS, "E-mail ou senha inválidos", null);
    }

    static RecusaDeAcesso refreshTokenInvalido() {
        return new RecusaDeAcesso(HttpStatus.UNAUTHORIZED, REFRESH_TOKEN_INVALIDO,
                "Refresh token inválido, expirado ou já utilizado", null);
    }

    static RecusaDeAcesso muitasTentativas(Duration espera) {
        return new RecusaDeAcesso(HttpStatus.TOO_MANY_REQUESTS, MUITAS_TENTATIVAS,
                "Muitas tentativas; tente novamente mais tarde", espera);
    }

    static RecusaDeAcesso acessoNegado(String motivo) {
        return new RecusaDeAcesso(HttpStatus.FORBIDDEN, ACESSO_NEGADO, motivo, null);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    /** How long the caller should wait, for 429; null otherwise. */
    Duration retryAfter() {
        return retryAfter;
    }
}
