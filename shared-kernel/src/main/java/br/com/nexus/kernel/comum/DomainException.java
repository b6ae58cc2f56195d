package br.com.nexus.kernel.comum;

import java.util.Objects;

/**
 * A rejection the caller caused, with a stable machine-readable code (for example
 * {@code CPF_DUPLICADO}) that clients may rely on, and a message for humans.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final ErrorKind kind;

    public DomainException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    public static DomainException invalido(String code, String message) {
        return new DomainException(ErrorKind.INVALIDO, code, message);
    }

    public static DomainException naoEncontrado(String code, String message) {
        return new DomainException(ErrorKind.NAO_ENCONTRADO, code, message);
    }

    public static DomainException conflito(String code, String message) {
        return new DomainException(ErrorKind.CONFLITO, code, message);
    }

    public static DomainException regraViolada(String code, String message) {
        return new DomainException(ErrorKind.REGRA_VIOLADA, code, message);
    }
}
