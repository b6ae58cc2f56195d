package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as logins: trimmed, lower-cased, one @ and a dotted domain. */
final class Emails {

    static final String FORMATO = "^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$";
    static final int MAXIMO = 254;
    private static final Pattern PADRAO = Pattern.compile(FORMATO);

    private Emails() {
    }

    static String normalizar(String email) {
        String normalizado = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalizado.length() > MAXIMO || !PADRAO.matcher(normalizado).matches()) {
            throw DomainException.invalido("EMAIL_INVALIDO", "E-mail inválido");
        }
        return normalizado;
    }
}
