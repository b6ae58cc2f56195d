package br.com.nexus.command.comum;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;

/** Input checks shared by the aggregates; each failure is a 400 with the given code. */
public final class Validacoes {

    private Validacoes() {
    }

    public static <T> T obrigatorio(T valor, String code, String mensagem) {
        if (valor == null) {
            throw DomainException.invalido(code, mensagem);
        }
        return valor;
    }

    public static String textoObrigatorio(String valor, String code, String mensagem) {
        if (valor == null || valor.isBlank()) {
            throw DomainException.invalido(code, mensagem);
        }
        return valor.strip();
    }

    public static boolean vazio(String valor) {
        return valor == null || valor.isBlank();
    }

    public static Dinheiro valorPositivo(Dinheiro valor) {
        if (valor == null || valor.ehZero()) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor deve ser maior que zero");
        }
        return valor;
    }
}
