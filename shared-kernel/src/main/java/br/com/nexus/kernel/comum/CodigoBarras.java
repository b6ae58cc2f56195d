package br.com.nexus.kernel.comum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The 44-digit FEBRABAN barcode of a bank boleto: bank (3), currency 9 (1), general check digit
 * (mod 11), due-date factor (4), value in centavos (10), free field (25). Utility slips (starting
 * with 8) are not bank boletos and are refused.
 */
public record CodigoBarras(String numero) {

    public CodigoBarras {
        if (numero == null || numero.isBlank()) {
            throw DomainException.invalido("CODIGO_BARRAS_INVALIDO", "Código de barras é obrigatório");
        }
        numero = numero.strip();
        if (numero.length() != 44 || !Digitos.somenteDigitos(numero)) {
            throw DomainException.invalido("CODIGO_BARRAS_INVALIDO", "Código de barras deve ter 44 dígitos");
        }
        if (numero.charAt(0) == '8') {
            throw DomainException.invalido("CODIGO_BARRAS_INVALIDO", "Boleto de arrecadação (concessionárias) não é aceito");
        }
        if (numero.charAt(3) != '9') {
            throw DomainException.invalido("CODIGO_BARRAS_INVALIDO", "Moeda do boleto deve ser 9 (Real)");
        }
        if (numero.charAt(4) - '0' != digitoGeral(numero)) {
            throw DomainException.invalido("CODIGO_BARRAS_INVALIDO", "Dígito verificador geral do código de barras não confere");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CodigoBarras of(String numero) {
        return new CodigoBarras(numero);
    }

    /** Builds a barcode for a slip this system issues; the factor follows the 2025 rollover. */
    public static CodigoBarras gerar(String banco, LocalDate vencimento, Dinheiro valor, String campoLivre) {
        if (banco == null || banco.length() != 3 || !Digitos.somenteDigitos(banco)) {
            throw DomainException.invalido("BANCO_INVALIDO", "Código do banco deve ter 3 dígitos");
        }
        if (campoLivre == null || campoLivre.length() != 25 || !Digitos.somenteDigitos(campoLivre)) {
            throw DomainException.invalido("CAMPO_LIVRE_INVALIDO", "Campo livre deve ter 25 dígitos");
        }
        if (valor == null) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor é obrigatório");
        }
        // Locale.ROOT: some default locales format digits in other scripts.
        String fator = String.format(Locale.ROOT, "%04d", FatorVencimento.de(vencimento));
        String valorCampo = String.format(Locale.ROOT, "%010d", valor.centavos());
        if (valorCampo.length() > 10) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor não cabe no código de barras");
        }
        String semDv = banco + "9" + fator + valorCampo + campoLivre;
        int dv = Digitos.modulo11CodigoBarras(semDv);
        return new CodigoBarras(semDv.substring(0, 4) + dv + semDv.substring(4));
    }

    static int digitoGeral(String numero44) {
        return Digitos.modulo11CodigoBarras(numero44.substring(0, 4) + numero44.substring(5));
    }

    @JsonValue
    public String numero() {
        return numero;
    }

    public String banco() {
        return numero.substring(0, 3);
    }

    public int fatorVencimento() {
        return Integer.parseInt(numero.substring(5, 9));
    }

    public Dinheiro valor() {
        return Dinheiro.deCentavos(Long.parseLong(numero.substring(9, 19)));
    }

    public String campoLivre() {
        return numero.substring(19);
    }

    /** The due date nearest {@code referencia} (see {@link FatorVencimento}); empty for factor 0000. */
    public Optional<LocalDate> vencimento(LocalDate referencia) {
        return FatorVencimento.vencimento(fatorVencimento(), referencia);
    }

    /** Whether this barcode carries the factor of {@code vencimento}: unambiguous, unlike decoding. */
    public boolean venceEm(LocalDate vencimento) {
        return fatorVencimento() == FatorVencimento.de(vencimento);
    }

    public LinhaDigitavel linhaDigitavel() {
        return LinhaDigitavel.de(this);
    }

    @Override
    public String toString() {
        return numero;
    }
}
