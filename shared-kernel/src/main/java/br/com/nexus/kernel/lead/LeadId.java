package br.com.nexus.kernel.lead;

import br.com.nexus.kernel.comum.Uuids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Lead. */
public record LeadId(UUID valor) {

    public LeadId {
        Objects.requireNonNull(valor, "valor");
    }

    public static LeadId novo() {
        return new LeadId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LeadId de(String valor) {
        return new LeadId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
