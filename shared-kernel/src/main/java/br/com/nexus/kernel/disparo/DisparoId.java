package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.comum.Uuids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Disparo (one WhatsApp dispatch of a boleto). */
public record DisparoId(UUID valor) {

    public DisparoId {
        Objects.requireNonNull(valor, "valor");
    }

    public static DisparoId novo() {
        return new DisparoId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DisparoId de(String valor) {
        return new DisparoId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
