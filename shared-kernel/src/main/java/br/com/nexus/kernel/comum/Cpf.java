package br.com.nexus.kernel.comum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A valid CPF, kept as its 11 digits. Accepts formatted ({@code 111.444.777-35}) or bare input;
 * rejects wrong check digits and repeated-digit sequences. {@link #toString()} is masked so that a
 * CPF never reaches a log in full.
 */
public record Cpf(String numero) {

    public Cpf {
        numero = validar(numero);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Cpf of(String texto) {
        return new Cpf(texto);
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
            throw DomainException.invalido("CPF_INVALIDO", "CPF é obrigatório");
        }
        String limpo = texto.strip().replace(".", "").replace("-", "");
        if (limpo.length() != 11 || !Digitos.somenteDigitos(limpo)) {
            throw DomainException.invalido("CPF_INVALIDO", "CPF deve ter 11 dígitos");
        }
        if (Digitos.todosIguais(limpo)) {
            throw DomainException.invalido("CPF_INVALIDO", "CPF com todos os dígitos iguais não é válido");
        }
        if (digito(limpo, 9) != limpo.charAt(9) - '0' || digito(limpo, 10) != limpo.charAt(10) - '0') {
            throw DomainException.invalido("CPF_INVALIDO", "CPF com dígitos verificadores incorretos");
        }
        return limpo;
    }

    private static int digito(String cpf, int posicao) {
        int soma = 0;
        for (int i = 0; i < posicao; i++) {
            soma += (cpf.charAt(i) - '0') * (posicao + 1 - i);
        }
        int resto = soma * 10 % 11;
        return resto == 10 ? 0 : resto;
    }

    @JsonValue
    public String numero() {
        return numero;
    }

    public String formatado() {
        return numero.substring(0, 3) + "." + numero.substring(3, 6) + "." + numero.substring(6, 9) + "-"
                + numero.substring(9);
    }

    /** Only the middle digits, as LGPD-minded receipts print it: {@code ***.444.777-**}. */
    public String mascarado() {
        return "***." + numero.substring(3, 6) + "." + numero.substring(6, 9) + "-**";
    }

    @Override
    public String toString() {
        return mascarado();
    }
}
