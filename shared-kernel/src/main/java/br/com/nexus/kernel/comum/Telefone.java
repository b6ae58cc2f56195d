package br.com.nexus.kernel.comum;

import java.util.Optional;
import java.util.Set;

/**
 * A Brazilian phone number, landline or mobile, normalized to {@code 55 DD NNNNNNNN} (12 digits,
 * landline) or {@code 55 DD 9NNNNNNNN} (13 digits, mobile); {@code original} keeps what was typed,
 * for audit. Parses like {@link TelefoneWhatsapp} (10 to 13 digits, any punctuation, ninth digit
 * added to 8-digit mobiles), but keeps a landline instead of refusing it. Only a mobile
 * {@linkplain #paraWhatsapp() can receive WhatsApp}. {@link #toString()} is masked.
 */
public record Telefone(String numero, String original) {

    /** DDDs in use in Brazil (Anatel). */
    static final Set<Integer> DDDS = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
            41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
            71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99);
    private static final int MAXIMO_ENTRADA = 40;

    public Telefone {
        if (!normalizado(numero)) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone não está normalizado");
        }
        original = original == null ? numero : original;
    }

    private static boolean normalizado(String numero) {
        if (numero == null || !Digitos.somenteDigitos(numero) || !numero.startsWith("55")
                || (numero.length() != 12 && numero.length() != 13)
                || !DDDS.contains(Integer.parseInt(numero.substring(2, 4)))) {
            return false;
        }
        char primeiro = numero.charAt(4);
        return numero.length() == 13 ? primeiro == '9' : primeiro >= '2' && primeiro <= '5';
    }

    /** Normalizes what a person typed: {@code (11) 3456-7890}, {@code +55 11 98765-4321}, … */
    public static Telefone of(String texto) {
        if (texto == null || texto.isBlank()) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone é obrigatório");
        }
        if (texto.length() > MAXIMO_ENTRADA) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone longo demais");
        }
        for (int i = 0; i < texto.length(); i++) {
            if (Character.isLetter(texto.charAt(i))) {
                throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone contém letras");
            }
        }
        String d = Digitos.apenasDigitos(texto);
        if ((d.length() == 11 || d.length() == 12) && d.startsWith("0")) {
            d = d.substring(1);
        }
        if (d.length() == 10 || d.length() == 11) {
            d = "55" + d;
        }
        if ((d.length() != 12 && d.length() != 13) || !d.startsWith("55")) {
            throw DomainException.invalido("TELEFONE_INVALIDO",
                    "Telefone deve ter DDD e número, com ou sem +55 (10 a 13 dígitos)");
        }
        if (!DDDS.contains(Integer.parseInt(d.substring(2, 4)))) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "DDD " + d.substring(2, 4) + " não existe");
        }
        String assinante = d.substring(4);
        if (assinante.length() == 9) {
            if (assinante.charAt(0) != '9') {
                throw DomainException.invalido("TELEFONE_INVALIDO", "Celular com 9 dígitos deve começar com 9");
            }
        } else if (assinante.charAt(0) >= '6') {
            assinante = "9" + assinante;
        } else if (assinante.charAt(0) < '2') {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Número de assinante não pode começar com 0 ou 1");
        }
        return new Telefone(d.substring(0, 4) + assinante, texto.strip());
    }

    /** A mobile (13 digits); a landline is never one, whatever its last digits. */
    public boolean celular() {
        return numero.length() == 13;
    }

    /** The number as a WhatsApp contact, only when it is a mobile. */
    public Optional<TelefoneWhatsapp> paraWhatsapp() {
        return celular() ? Optional.of(new TelefoneWhatsapp(numero, original)) : Optional.empty();
    }

    public String ddd() {
        return numero.substring(2, 4);
    }

    /** {@code +551134567890} or {@code +5511987654321}. */
    public String e164() {
        return "+" + numero;
    }

    /** {@code +55 11 ****-7890} for a landline, {@code +55 11 9****-4321} for a mobile. */
    public String mascarado() {
        return "+55 " + ddd() + (celular() ? " 9" : " ") + "****-" + numero.substring(numero.length() - 4);
    }

    @Override
    public String toString() {
        return mascarado();
    }
}
