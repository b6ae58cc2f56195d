package br.com.nexus.kernel.lead;

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

    /** Parses the textual form; an invalid UUID raises {@link IllegalArgumentException}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LeadId de(String valor) {
        return new LeadId(UUID.fromString(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
