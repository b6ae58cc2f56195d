package br.com.nexus.kernel.comum;

import java.util.UUID;
import java.util.regex.Pattern;

/** Strict parsing of ids: only the canonical form, so "1-1-1-1-1" is not silently another id. */
public final class Uuids {

    private static final Pattern CANONICO =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    public static UUID parse(String valor) {
        if (valor == null || !CANONICO.matcher(valor).matches()) {
            throw DomainException.invalido("ID_INVALIDO", "Identificador inválido: esperado um UUID");
        }
        return UUID.fromString(valor);
    }
}
