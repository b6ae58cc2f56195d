package br.com.nexus.kernel.seguranca;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user of the system. */
public record UsuarioId(UUID valor) {

    public UsuarioId {
        Objects.requireNonNull(valor, "valor");
    }

    public static UsuarioId novo() {
        return new UsuarioId(UUID.randomUUID());
    }

    /** Parses the textual form; an invalid UUID raises {@link IllegalArgumentException}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UsuarioId de(String valor) {
        return new UsuarioId(UUID.fromString(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
