package br.com.nexus.kernel.comum;

import java.util.List;

/**
 * A Brazilian mobile number that can receive WhatsApp, normalized to 13 digits
 * ({@code 55 DD 9XXXXXXXX}); {@code original} keeps what was typed, for audit.
 * Accepts 10 to 13 digits with any punctuation, adds the ninth digit to 8-digit mobiles and
 * rejects landlines. {@link #toString()} is masked.
 */
public record TelefoneWhatsapp(String numero, String original) {

    public TelefoneWhatsapp {
        if (numero == null || numero.length() != 13 || !Digitos.somenteDigitos(numero) || !numero.startsWith("55")
                || !Telefone.DDDS.contains(Integer.parseInt(numero.substring(2, 4))) || numero.charAt(4) != '9') {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone não está normalizado");
        }
        original = original == null ? numero : original;
    }

    /**
     * Normalizes what a person typed: {@code (11) 98765-4321}, {@code +55 11 8765-4321}, … with the
     * rules of {@link Telefone#of(String)}; a landline is refused as {@code TELEFONE_FIXO}.
     */
    public static TelefoneWhatsapp of(String texto) {
        return Telefone.of(texto).paraWhatsapp().orElseThrow(() ->
                DomainException.invalido("TELEFONE_FIXO", "Telefone fixo não recebe WhatsApp"));
    }

    public String ddd() {
        return numero.substring(2, 4);
    }

    /** {@code +5511987654321}. */
    public String e164() {
        return "+" + numero;
    }

    /**
     * The two JIDs WhatsApp may know this number by: with the ninth digit (newer accounts) and
     * without it (accounts older than their region's migration). Only the gateway can tell which.
     */
    public List<String> candidatosJid() {
        return List.of(numero, numero.substring(0, 4) + numero.substring(5));
    }

    /** {@code +55 11 9****-4321}. */
    public String mascarado() {
        return "+55 " + ddd() + " 9****-" + numero.substring(9);
    }

    @Override
    public String toString() {
        return mascarado();
    }
}
