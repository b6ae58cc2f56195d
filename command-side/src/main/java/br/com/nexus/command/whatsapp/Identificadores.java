package br.com.nexus.command.whatsapp;

import br.com.nexus.kernel.comum.DomainException;
import java.util.UUID;

/** Ids in paths and bodies: only the canonical UUID form names something; anything else is a 400. */
public final class Identificadores {

    private static final int TAMANHO_UUID = 36;

    private Identificadores() {
    }

    public static UUID uuid(String texto, String campo) {
        if (texto == null || texto.length() != TAMANHO_UUID) {
            throw invalido(campo);
        }
        try {
            return UUID.fromString(texto);
        } catch (IllegalArgumentException e) {
            throw invalido(campo);
        }
    }

    private static DomainException invalido(String campo) {
        return DomainException.invalido("ID_INVALIDO", campo + " deve ser um UUID");
    }
}
