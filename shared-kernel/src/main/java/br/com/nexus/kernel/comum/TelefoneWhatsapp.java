package br.com.nexus.kernel.comum;

import java.util.List;
import java.util.Set;

/**
 * A Brazilian mobile number that can receive WhatsApp, normalized to 13 digits
 * ({@code 55 DD 9XXXXXXXX}); {@code original} keeps what was typed, for audit.
 * Accepts 10 to 13 digits with any punctuation, adds the ninth digit to 8-digit mobiles and
 * rejects landlines. {@link #toString()} is masked.
 */
public record TelefoneWhatsapp(String numero, String original) {

    /** DDDs in use in Brazil (Anatel). */
    private static final Set<Integer> DDDS = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
            41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
            71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99);
    private static final int MAXIMO_ENTRADA = 40;

    public TelefoneWhatsapp {
        if (numero == null || numero.length() != 13 || !Digitos.somenteDigitos(numero) || !numero.startsWith("55")
                || !DDDS.contains(Integer.parseInt(numero.substring(2, 4))) || numero.charAt(4) != '9') {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone não está normalizado");
        }
        original = original == null ? numero : original;
    }

    /** Normalizes what a person typed: {@code (11) 98765-4321}, {@code +55 11 8765-4321}, … */
    public static TelefoneWhatsapp of(String texto) {
        if (texto == null || texto.isBlank()) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone é obrigatório");
        }
        if (texto.length() > MAXIMO_ENTRADA) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Telefone longo demais");
        }
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (Character.isLetter(c)) {
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
        int ddd = Integer.parseInt(d.substring(2, 4));
        if (!DDDS.contains(ddd)) {
            throw DomainException.invalido("TELEFONE_INVALIDO", "DDD " + d.substring(2, 4) + " não existe");
        }
        String assinante = d.substring(4);
        if (assinante.length() == 9) {
            if (assinante.charAt(0) != '9') {
                throw DomainException.invalido("TELEFONE_INVALIDO", "Celular com 9 dígitos deve começar com 9");
            }
        } else if (assinante.charAt(0) >= '6') {
            assinante = "9" + assinante;
        } else if (assinante.charAt(0) >= '2') {
            throw DomainException.invalido("TELEFONE_FIXO", "Telefone fixo não recebe WhatsApp");
        } else {
            throw DomainException.invalido("TELEFONE_INVALIDO", "Número de assinante não pode começar com 0 ou 1");
        }
        return new TelefoneWhatsapp(d.substring(0, 4) + assinante, texto.strip());
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
