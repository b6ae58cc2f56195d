package br.com.nexus.kernel.comum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of reais held in centavos, never negative. Parses the Brazilian form
 * ({@code "1.234,56"}, {@code "R$ 10,00"}) and the plain decimal form ({@code "1234.56"});
 * serializes as the plain decimal string ({@code "1234.56"}).
 *
 * <p>Reading rules for text: a comma is always the decimal separator when it is the last
 * separator, so {@code "12,345"} is refused (three decimals) rather than read as twelve thousand;
 * a lone dot followed by exactly three digits is a thousands separator ({@code "12.345"} is
 * R$ 12.345,00), as a Brazilian reader would take it; any other lone dot is decimal. A JSON
 * number is read as a plain decimal, so {@code 1.234} is refused instead of becoming R$ 1.234,00.
 */
public record Dinheiro(long centavos) implements Comparable<Dinheiro> {

    public static final Dinheiro ZERO = new Dinheiro(0);
    /**
     * Just under ten billion reais, beyond any real charge. A barcode holds at most R$ 99.999.999,99,
     * so {@link CodigoBarras#gerar} refuses amounts this type still accepts.
     */
    private static final long MAXIMO_CENTAVOS = 9_999_999_999_99L;
    private static final String FORMATO_DESCONHECIDO = "Valor em formato desconhecido: use 1234.56 ou 1.234,56";

    public Dinheiro {
        if (centavos < 0) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor não pode ser negativo");
        }
        if (centavos > MAXIMO_CENTAVOS) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor acima do máximo permitido");
        }
    }

    public static Dinheiro deCentavos(long centavos) {
        return new Dinheiro(centavos);
    }

    public static Dinheiro deReais(BigDecimal reais) {
        if (reais == null) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor é obrigatório");
        }
        if (reais.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor com mais de duas casas decimais");
        }
        try {
            return new Dinheiro(reais.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor fora do intervalo permitido");
        }
    }

    public static Dinheiro parse(String texto) {
        if (texto == null || texto.isBlank()) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor é obrigatório");
        }
        String limpo = texto.strip().replace("R$", "").replace("r$", "")
                .replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (limpo.length() > 24 || limpo.isEmpty()) {
            throw DomainException.invalido("VALOR_INVALIDO", FORMATO_DESCONHECIDO);
        }
        String normalizado = normalizar(limpo);
        if (normalizado == null) {
            throw DomainException.invalido("VALOR_INVALIDO", FORMATO_DESCONHECIDO);
        }
        return deReais(new BigDecimal(normalizado));
    }

    /**
     * Jackson entry point: a JSON string goes through {@link #parse}, a JSON number is taken as a
     * plain decimal. Handing the number to {@code parse} as text would read {@code 1.234} the
     * Brazilian way, as one thousand two hundred and thirty-four reais.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Dinheiro deJson(Object valor) {
        if (valor instanceof String texto) {
            return parse(texto);
        }
        if (valor instanceof Number numero) {
            BigDecimal reais;
            try {
                reais = new BigDecimal(numero.toString());
            } catch (NumberFormatException e) {
                throw DomainException.invalido("VALOR_INVALIDO", FORMATO_DESCONHECIDO);
            }
            return deReais(reais);
        }
        if (valor == null) {
            throw DomainException.invalido("VALOR_INVALIDO", "Valor é obrigatório");
        }
        throw DomainException.invalido("VALOR_INVALIDO", FORMATO_DESCONHECIDO);
    }

    /** Returns a plain decimal ("1234.56") or null when the text is not a recognizable amount. */
    private static String normalizar(String s) {
        int ultimoPonto = s.lastIndexOf('.');
        int ultimaVirgula = s.lastIndexOf(',');
        String inteiro;
        String decimais;
        char separadorMilhar;
        if (ultimoPonto >= 0 && ultimaVirgula >= 0) {
            int decimal = Math.max(ultimoPonto, ultimaVirgula);
            separadorMilhar = decimal == ultimaVirgula ? '.' : ',';
            inteiro = s.substring(0, decimal);
            decimais = s.substring(decimal + 1);
        } else if (ultimaVirgula >= 0) {
            if (s.indexOf(',') != ultimaVirgula) {
                return null;
            }
            separadorMilhar = '.';
            inteiro = s.substring(0, ultimaVirgula);
            decimais = s.substring(ultimaVirgula + 1);
        } else if (ultimoPonto >= 0) {
            boolean umPontoSo = s.indexOf('.') == ultimoPonto;
            if (umPontoSo && s.length() - ultimoPonto - 1 <= 2) {
                separadorMilhar = ',';
                inteiro = s.substring(0, ultimoPonto);
                decimais = s.substring(ultimoPonto + 1);
            } else {
                separadorMilhar = '.';
                inteiro = s;
                decimais = "";
            }
        } else {
            separadorMilhar = '.';
            inteiro = s;
            decimais = "";
        }
        if (decimais.length() > 2 || (!decimais.isEmpty() && !Digitos.somenteDigitos(decimais))) {
            return null;
        }
        String semMilhar = inteiro;
        if (inteiro.indexOf(separadorMilhar) >= 0) {
            String[] grupos = inteiro.split(java.util.regex.Pattern.quote(String.valueOf(separadorMilhar)), -1);
            // "0.001" or "01.234" are not how anyone writes an amount with thousands separators.
            if (grupos[0].isEmpty() || grupos[0].length() > 3 || grupos[0].charAt(0) == '0') {
                return null;
            }
            for (int i = 1; i < grupos.length; i++) {
                if (grupos[i].length() != 3) {
                    return null;
                }
            }
            semMilhar = String.join("", grupos);
        }
        if (!Digitos.somenteDigitos(semMilhar)) {
            return null;
        }
        return decimais.isEmpty() ? semMilhar : semMilhar + "." + decimais;
    }

    public BigDecimal reais() {
        return BigDecimal.valueOf(centavos, 2);
    }

    public Dinheiro mais(Dinheiro outro) {
        return new Dinheiro(Math.addExact(centavos, outro.centavos));
    }

    public Dinheiro menos(Dinheiro outro) {
        return new Dinheiro(Math.subtractExact(centavos, outro.centavos));
    }

    public boolean ehZero() {
        return centavos == 0;
    }

    /** Brazilian display form: {@code R$ 1.234,56}. */
    public String formatado() {
        DecimalFormat formato = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pt-BR")));
        return "R$ " + formato.format(reais().setScale(2, RoundingMode.UNNECESSARY));
    }

    @Override
    public int compareTo(Dinheiro outro) {
        return Long.compare(centavos, outro.centavos);
    }

    @JsonValue
    @Override
    public String toString() {
        return reais().toPlainString();
    }
}
