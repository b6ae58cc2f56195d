package br.com.nexus.kernel.comum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant (empresa); every command and event carries one. */
public record TenantId(UUID valor) {

    public TenantId {
        Objects.requireNonNull(valor, "valor");
    }

    public static TenantId novo() {
        return new TenantId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TenantId de(String valor) {
        return new TenantId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
