package br.com.nexus.kernel.comum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The 47-digit typeable line of a bank boleto: three fields closed by mod-10 check digits, the
 * barcode's general digit, then factor and value. Accepts the printed form with dots and spaces.
 */
public record LinhaDigitavel(String numero) {

    public LinhaDigitavel {
        if (numero == null || numero.isBlank()) {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA", "Linha digitável é obrigatória");
        }
        if (numero.length() > 80) {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA", "Linha digitável longa demais");
        }
        String limpo = numero.strip().replace(".", "").replace(" ", "");
        if (limpo.length() != 47 || !Digitos.somenteDigitos(limpo)) {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA", "Linha digitável deve ter 47 dígitos");
        }
        if (limpo.charAt(0) == '8') {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA",
                    "Boleto de arrecadação (concessionárias) não é aceito");
        }
        if (limpo.charAt(3) != '9') {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA", "Moeda do boleto deve ser 9 (Real)");
        }
        verificarCampo(limpo, 0, 9, 1);
        verificarCampo(limpo, 10, 20, 2);
        verificarCampo(limpo, 21, 31, 3);
        String barras = paraCodigoBarras(limpo);
        if (barras.charAt(4) - '0' != CodigoBarras.digitoGeral(barras)) {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA", "Dígito verificador geral da linha digitável não confere");
        }
        numero = limpo;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinhaDigitavel of(String numero) {
        return new LinhaDigitavel(numero);
    }

    public static LinhaDigitavel de(CodigoBarras codigo) {
        String bc = codigo.numero();
        String campo1 = bc.substring(0, 4) + bc.substring(19, 24);
        String campo2 = bc.substring(24, 34);
        String campo3 = bc.substring(34, 44);
        return new LinhaDigitavel(campo1 + Digitos.modulo10(campo1) + campo2 + Digitos.modulo10(campo2) + campo3
                + Digitos.modulo10(campo3) + bc.charAt(4) + bc.substring(5, 19));
    }

    private static void verificarCampo(String linha, int inicio, int posicaoDv, int campo) {
        if (Digitos.modulo10(linha.substring(inicio, posicaoDv)) != linha.charAt(posicaoDv) - '0') {
            throw DomainException.invalido("LINHA_DIGITAVEL_INVALIDA",
                    "Dígito verificador do campo " + campo + " da linha digitável não confere");
        }
    }

    private static String paraCodigoBarras(String ld) {
        return ld.substring(0, 4) + ld.charAt(32) + ld.substring(33, 47) + ld.substring(4, 9) + ld.substring(10, 20)
                + ld.substring(21, 31);
    }

    public CodigoBarras codigoBarras() {
        return new CodigoBarras(paraCodigoBarras(numero));
    }

    @JsonValue
    public String numero() {
        return numero;
    }

    /** {@code 00190.00009 01207.113000 09000.206186 5 38600000004000}. */
    public String formatada() {
        return numero.substring(0, 5) + "." + numero.substring(5, 10) + " " + numero.substring(10, 15) + "."
                + numero.substring(15, 21) + " " + numero.substring(21, 26) + "." + numero.substring(26, 32) + " "
                + numero.charAt(32) + " " + numero.substring(33);
    }

    @Override
    public String toString() {
        return numero;
    }
}
