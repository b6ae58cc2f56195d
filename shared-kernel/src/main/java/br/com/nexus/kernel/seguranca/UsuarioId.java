package br.com.nexus.kernel.seguranca;

import br.com.nexus.kernel.comum.Uuids;
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

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UsuarioId de(String valor) {
        return new UsuarioId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
