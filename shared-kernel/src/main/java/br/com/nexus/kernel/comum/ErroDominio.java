package br.com.nexus.kernel.comum;

/**
 * The serializable description of a {@link DomainException}, carried as the details of a
 * command execution failure so that it survives the trip through a distributed command bus.
 */
public record ErroDominio(ErrorKind kind, String code, String message) {

    public static ErroDominio de(DomainException e) {
        return new ErroDominio(e.kind(), e.code(), e.getMessage());
    }

    public DomainException comoExcecao() {
        return new DomainException(kind, code, message);
    }
}
