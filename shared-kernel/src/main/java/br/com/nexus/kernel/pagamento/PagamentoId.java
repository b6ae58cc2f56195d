package br.com.nexus.kernel.pagamento;

import br.com.nexus.kernel.comum.Uuids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Pagamento. */
public record PagamentoId(UUID valor) {

    public PagamentoId {
        Objects.requireNonNull(valor, "valor");
    }

    public static PagamentoId novo() {
        return new PagamentoId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PagamentoId de(String valor) {
        return new PagamentoId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
