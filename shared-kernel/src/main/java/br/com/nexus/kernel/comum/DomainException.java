package br.com.nexus.kernel.comum;

import java.util.Map;
import java.util.Objects;

/**
 * A rejection the caller caused, with a stable machine-readable code (for example
 * {@code CPF_DUPLICADO}) that clients may rely on, and a message for humans. Some rejections name
 * what they refer to (the boleto already registered under a linha digitável) in {@code propriedades},
 * which the problem body carries as extra members.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final ErrorKind kind;
    private final Map<String, String> propriedades;

    public DomainException(ErrorKind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public DomainException(ErrorKind kind, String code, String message, Map<String, String> propriedades) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.propriedades = propriedades == null ? Map.of() : Map.copyOf(propriedades);
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    public Map<String, String> propriedades() {
        return propriedades;
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
