package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant's régua de cobrança: one per tenant, so derived from the tenant's id. */
public record ReguaId(UUID valor) {

    public ReguaId {
        Objects.requireNonNull(valor, "valor");
    }

    public static ReguaId doTenant(TenantId tenantId) {
        return new ReguaId(UUID.nameUUIDFromBytes(("regua-de-cobranca:" + tenantId).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReguaId de(String valor) {
        return new ReguaId(UUID.fromString(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
