package br.com.nexus.kernel.comum;

import java.util.Map;

/**
 * The serializable description of a {@link DomainException}, carried as the details of a
 * command execution failure so that it survives the trip through a distributed command bus.
 */
public record ErroDominio(ErrorKind kind, String code, String message, Map<String, String> propriedades) {

    public ErroDominio {
        propriedades = propriedades == null ? Map.of() : Map.copyOf(propriedades);
    }

    public ErroDominio(ErrorKind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public static ErroDominio de(DomainException e) {
        return new ErroDominio(e.kind(), e.code(), e.getMessage(), e.propriedades());
    }

    public DomainException comoExcecao() {
        return new DomainException(kind, code, message, propriedades);
    }
}
