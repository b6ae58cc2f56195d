package br.com.nexus.command.portal.navegador;

import java.text.Normalizer;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a boleto refers to, as the portal's emission page prints it: {@code NOVEMBRO/2025},
 * {@code Referência: Novembro de 2025}, {@code NOV/25}, {@code 11/2025} or just {@code NOVEMBRO}
 * (then without a year).
 */
public record MesReferencia(Month mes, Integer ano) {

    private static final String[] NOMES = {"JANEIRO", "FEVEREIRO", "MARCO", "ABRIL", "MAIO", "JUNHO", "JULHO",
        "AGOSTO", "SETEMBRO", "OUTUBRO", "NOVEMBRO", "DEZEMBRO"};
    private static final Pattern POR_NOME = Pattern.compile(
            "\\b(JAN|FEV|MAR|ABR|MAI|JUN|JUL|AGO|SET|OUT|NOV|DEZ)[A-Z]*\\.?(?:\\s*(?:/|-|DE)\\s*(\\d{4}|\\d{2})\\b)?");
    private static final Pattern NUMERICO = Pattern.compile("(?<![\\d/])(0?[1-9]|1[0-2])\\s*/\\s*(\\d{4})\\b");
    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");

    public MesReferencia {
        if (mes == null) {
            throw new IllegalArgumentException("mes");
        }
    }

    /** The month in the text, or empty when there is none to be read. */
    public static Optional<MesReferencia> ler(String texto) {
        if (texto == null || texto.isBlank()) {
            return Optional.empty();
        }
        String normalizado = MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFKD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        Matcher nome = POR_NOME.matcher(normalizado);
        while (nome.find()) {
            String palavra = normalizado.substring(nome.start(), nome.end()).split("[^A-Z]")[0];
            Month mes = mesDoNome(palavra);
            if (mes != null) {
                return Optional.of(new MesReferencia(mes, ano(nome.group(2))));
            }
        }
        Matcher numerico = NUMERICO.matcher(normalizado);
        if (numerico.find()) {
            return Optional.of(new MesReferencia(Month.of(Integer.parseInt(numerico.group(1))),
                    ano(numerico.group(2))));
        }
        return Optional.empty();
    }

    /** Only a full month name or its three-letter abbreviation counts, so "MARTINS" is not March. */
    private static Month mesDoNome(String palavra) {
        for (int i = 0; i < NOMES.length; i++) {
            if (palavra.equals(NOMES[i]) || palavra.equals(NOMES[i].substring(0, 3))) {
                return Month.of(i + 1);
            }
        }
        return null;
    }

    private static Integer ano(String texto) {
        if (texto == null) {
            return null;
        }
        int valor = Integer.parseInt(texto);
        return texto.length() == 2 ? 2000 + valor : valor;
    }

    /** {@code NOVEMBRO}: the month as file names carry it. */
    public String nome() {
        return NOMES[mes.getValue() - 1];
    }

    /** The month in {@code anoPadrao} when the page did not print a year. */
    public YearMonth comAno(Year anoPadrao) {
        return YearMonth.of(ano != null ? ano : anoPadrao.getValue(), mes);
    }

    @Override
    public String toString() {
        return ano == null ? nome() : nome() + "/" + ano;
    }
}
