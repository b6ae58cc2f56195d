package br.com.nexus.query.comum;

/** How personal data is shown in lists, reports and exports: enough to recognise, not to reuse. */
public final class Mascaras {

    private Mascaras() {
    }

    /** {@code ***.444.777-**} from the 11 digits; null when there is no valid CPF. */
    public static String cpf(String digitos) {
        return digitos == null || digitos.length() != 11 ? null
                : "***." + digitos.substring(3, 6) + "." + digitos.substring(6, 9) + "-**";
    }
}
