package br.com.nexus.app.axon;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * The cause stored with a dead letter, stripped of personal data: PostgreSQL's "Failing row
 * contains (...)" and "Key (cpf)=(...)" details carry the row's values, so of a database error only
 * the SQL state and the first line (which names the constraint and the table) are kept, and of any
 * other error its first line; in both, long digit runs (CPFs, phones) and e-mail addresses are masked.
 */
final class CausaDaFalha {

    static final int TAMANHO_MAXIMO = 500;

    private static final Pattern DIGITOS = Pattern.compile("\\d[\\d.\\-/() ]{3,}\\d");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private CausaDaFalha() {
    }

    static ThrowableCause de(Throwable falha) {
        SQLException sql = sqlNaOrigem(falha);
        String mensagem = sql != null
                ? "[" + sql.getSQLState() + "] " + mascarar(primeiraLinha(sql.getMessage()))
                : mascarar(primeiraLinha(falha.getMessage()));
        return new ThrowableCause(falha.getClass().getName(), truncar(mensagem));
    }

    private static SQLException sqlNaOrigem(Throwable falha) {
        for (Throwable t = falha; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String primeiraLinha(String texto) {
        if (texto == null) {
            return "";
        }
        int quebra = texto.indexOf('\n');
        return (quebra < 0 ? texto : texto.substring(0, quebra)).strip();
    }

    private static String mascarar(String texto) {
        return DIGITOS.matcher(EMAIL.matcher(texto).replaceAll("***")).replaceAll("***");
    }

    private static String truncar(String texto) {
        return texto.length() <= TAMANHO_MAXIMO ? texto : texto.substring(0, TAMANHO_MAXIMO);
    }
}
