package br.com.nexus.kernel.comum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A valid CNPJ, kept as its 14 characters; formatted or bare input; two mod-11 check digits.
 * Since July 2026 the Receita Federal also issues alphanumeric CNPJs ({@code 12.ABC.345/01DE-35}):
 * the first 12 positions may hold letters, each worth its ASCII code minus 48 in the check-digit
 * sums, and the two check digits stay numeric. Letters are kept upper case.
 */
public record Cnpj(String numero) {

    private static final int[] PESOS_1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] PESOS_2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    public Cnpj {
        numero = validar(numero);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Cnpj of(String texto) {
        return new Cnpj(texto);
    }

    public static boolean valido(String texto) {
        try {
            validar(texto);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private static String validar(String texto) {
        if (texto == null || texto.isBlank()) {
            throw DomainException.invalido("CNPJ_INVALIDO", "CNPJ é obrigatório");
        }
        String limpo = texto.strip().replace(".", "").replace("-", "").replace("/", "").toUpperCase(Locale.ROOT);
        if (limpo.length() != 14 || !alfanumerico(limpo.substring(0, 12))
                || !Digitos.somenteDigitos(limpo.substring(12))) {
            throw DomainException.invalido("CNPJ_INVALIDO",
                    "CNPJ deve ter 14 caracteres: 12 letras ou dígitos e 2 dígitos verificadores");
        }
        if (Digitos.todosIguais(limpo)) {
            throw DomainException.invalido("CNPJ_INVALIDO", "CNPJ com todos os dígitos iguais não é válido");
        }
        if (digito(limpo, PESOS_1) != limpo.charAt(12) - '0' || digito(limpo, PESOS_2) != limpo.charAt(13) - '0') {
            throw DomainException.invalido("CNPJ_INVALIDO", "CNPJ com dígitos verificadores incorretos");
        }
        return limpo;
    }

    private static boolean alfanumerico(String texto) {
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static int digito(String cnpj, int[] pesos) {
        int soma = 0;
        for (int i = 0; i < pesos.length; i++) {
            soma += (cnpj.charAt(i) - '0') * pesos[i];
        }
        int resto = soma % 11;
        return resto < 2 ? 0 : 11 - resto;
    }

    @JsonValue
    public String numero() {
        return numero;
    }

    public String formatado() {
        return numero.substring(0, 2) + "." + numero.substring(2, 5) + "." + numero.substring(5, 8) + "/"
                + numero.substring(8, 12) + "-" + numero.substring(12);
    }

    @Override
    public String toString() {
        return formatado();
    }
}
