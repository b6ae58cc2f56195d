package br.com.nexus.kernel.pagamento;

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

    /** Parses the textual form; an invalid UUID raises {@link IllegalArgumentException}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PagamentoId de(String valor) {
        return new PagamentoId(UUID.fromString(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
