package br.com.nexus.command.api.comum;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import java.util.regex.Pattern;

/**
 * Money as the API takes it: the plain decimal string in reais ({@code "150.50"}), nothing else.
 * The Brazilian forms Dinheiro also reads ({@code "1.234,56"}) belong to spreadsheets; over the API
 * they would make {@code "10.005"} mean ten thousand and five reais instead of a typo.
 */
public final class Valores {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private Valores() {
    }

    public static Dinheiro dinheiro(String texto, String campo) {
        if (texto == null || !DECIMAL.matcher(texto.strip()).matches()) {
            throw DomainException.invalido("VALOR_INVALIDO",
                    campo + " deve ser um decimal em reais com até duas casas, ex.: \"150.50\"");
        }
        return Dinheiro.parse(texto.strip());
    }
}
