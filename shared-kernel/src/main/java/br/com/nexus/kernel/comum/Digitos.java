package br.com.nexus.kernel.comum;

/** Small helpers for the digit strings Brazilian documents are made of. */
final class Digitos {

    private Digitos() {
    }

    static String apenasDigitos(String texto) {
        if (texto == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(texto.length());
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean somenteDigitos(String texto) {
        if (texto == null || texto.isEmpty()) {
            return false;
        }
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean todosIguais(String digitos) {
        for (int i = 1; i < digitos.length(); i++) {
            if (digitos.charAt(i) != digitos.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** FEBRABAN mod 10: weights 2,1,2,1… from the right, products over 9 reduced by summing digits. */
    static int modulo10(String digitos) {
        int soma = 0;
        int peso = 2;
        for (int i = digitos.length() - 1; i >= 0; i--) {
            int produto = (digitos.charAt(i) - '0') * peso;
            soma += produto > 9 ? produto - 9 : produto;
            peso = peso == 2 ? 1 : 2;
        }
        return (10 - soma % 10) % 10;
    }

    /** FEBRABAN mod 11 for the barcode's general digit: weights 2..9 from the right; 0, 10, 11 give 1. */
    static int modulo11CodigoBarras(String digitos) {
        int soma = 0;
        int peso = 2;
        for (int i = digitos.length() - 1; i >= 0; i--) {
            soma += (digitos.charAt(i) - '0') * peso;
            peso = peso == 9 ? 2 : peso + 1;
        }
        int dv = 11 - soma % 11;
        return dv == 0 || dv == 10 || dv == 11 ? 1 : dv;
    }
}
