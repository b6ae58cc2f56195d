package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.Uuids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Cliente. */
public record ClienteId(UUID valor) {

    public ClienteId {
        Objects.requireNonNull(valor, "valor");
    }

    public static ClienteId novo() {
        return new ClienteId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClienteId de(String valor) {
        return new ClienteId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
