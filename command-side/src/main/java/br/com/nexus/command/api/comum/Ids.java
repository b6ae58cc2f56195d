package br.com.nexus.command.api.comum;

import br.com.nexus.kernel.comum.DomainException;
import java.util.function.Function;

/** Reads the ids callers send in paths and bodies; anything but a canonical UUID is a 400. */
public final class Ids {

    private static final int TAMANHO_UUID = 36;

    private Ids() {
    }

    public static <T> T de(String texto, Function<String, T> conversor, String campo) {
        if (texto == null || texto.isBlank()) {
            throw DomainException.invalido("ID_INVALIDO", campo + " é obrigatório");
        }
        // UUID.fromString also accepts short forms such as "1-2-3-4-5"; only the canonical form names an aggregate.
        if (texto.length() != TAMANHO_UUID) {
            throw invalido(campo);
        }
        try {
            return conversor.apply(texto);
        } catch (IllegalArgumentException e) {
            throw invalido(campo);
        }
    }

    private static DomainException invalido(String campo) {
        return DomainException.invalido("ID_INVALIDO", campo + " deve ser um UUID");
    }
}
