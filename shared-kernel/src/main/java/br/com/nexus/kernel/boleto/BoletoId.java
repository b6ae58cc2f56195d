package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.Uuids;
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

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BoletoId de(String valor) {
        return new BoletoId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
