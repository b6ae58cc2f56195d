package br.com.nexus.kernel.boleto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Boleto. */
public record BoletoId(UUID valor) {

    public BoletoId {
        Objects.requireNonNull(valor, "valor");
    }

    public static BoletoId novo() {
        return new BoletoId(UUID.randomUUID());
    }

    /** Parses the textual form; an invalid UUID raises {@link IllegalArgumentException}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BoletoId de(String valor) {
        return new BoletoId(UUID.fromString(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
