package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.Uuids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one run of boleto downloads from the consórcio portal. */
public record ExecucaoDownloadId(UUID valor) {

    public ExecucaoDownloadId {
        Objects.requireNonNull(valor, "valor");
    }

    public static ExecucaoDownloadId novo() {
        return new ExecucaoDownloadId(UUID.randomUUID());
    }

    /** Parses the canonical 36-character UUID form; anything else is an invalid id (400). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ExecucaoDownloadId de(String valor) {
        return new ExecucaoDownloadId(Uuids.parse(valor));
    }

    @JsonValue
    @Override
    public String toString() {
        return valor.toString();
    }
}
