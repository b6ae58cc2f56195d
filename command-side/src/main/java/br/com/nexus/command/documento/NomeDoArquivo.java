package br.com.nexus.command.documento;

import java.text.Normalizer;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names of boleto PDFs: {@code {NOME_CLIENTE}_{MES}.pdf}, e.g. {@code MARIA_DA_CONCEICAO_MARCO.pdf}.
 * The name comes as the spreadsheet has it, so trailers such as {@code " - 70%"} or {@code "(50%)"}
 * (the share of a cota) are dropped, accents stripped, anything but letters and digits becomes an
 * underscore, and the result is upper case: safe on every file system and in a WhatsApp caption.
 */
public final class NomeDoArquivo {

    private static final Pattern PERCENTUAL_FINAL = Pattern.compile(
            "\\s*(?:[-–—]\\s*)?\\(?\\s*\\d{1,3}(?:[.,]\\d+)?\\s*%\\s*\\)?\\s*$");
    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
    private static final Pattern NAO_ALFANUMERICO = Pattern.compile("[^A-Z0-9]+");
    private static final int TAMANHO_MAXIMO = 120;
    private static final String[] MESES = {"JANEIRO", "FEVEREIRO", "MARCO", "ABRIL", "MAIO", "JUNHO", "JULHO",
        "AGOSTO", "SETEMBRO", "OUTUBRO", "NOVEMBRO", "DEZEMBRO"};

    private NomeDoArquivo() {
    }

    /** {@code paraBoleto("José da Silva - 70%", YearMonth.of(2025, 3))} → {@code JOSE_DA_SILVA_MARCO.pdf}. */
    public static String paraBoleto(String nomeCliente, YearMonth mes) {
        return paraBoleto(nomeCliente, nomeDoMes(mes.getMonth()));
    }

    /** The month as the portal shows it, normalized the same way ({@code "Março/2025"} → {@code MARCO_2025}). */
    public static String paraBoleto(String nomeCliente, String mes) {
        String parteMes = normalizar(mes == null ? "" : mes);
        String nome = normalizarNome(nomeCliente);
        return (parteMes.isEmpty() ? nome : nome + "_" + parteMes) + ".pdf";
    }

    /** The cliente's part of the file name; {@code CLIENTE} when nothing usable is left. */
    public static String normalizarNome(String nomeCliente) {
        String semPercentual = nomeCliente == null ? ""
                : PERCENTUAL_FINAL.matcher(nomeCliente.strip()).replaceFirst("");
        String nome = normalizar(semPercentual);
        if (nome.length() > TAMANHO_MAXIMO) {
            nome = trimUnderscores(nome.substring(0, TAMANHO_MAXIMO));
        }
        return nome.isEmpty() ? "CLIENTE" : nome;
    }

    /** {@code MARCO} for March: upper case, without the cedilla. */
    public static String nomeDoMes(Month mes) {
        return MESES[mes.getValue() - 1];
    }

    private static String normalizar(String texto) {
        String semAcentos = MARCAS.matcher(Normalizer.normalize(texto, Normalizer.Form.NFKD)).replaceAll("");
        return trimUnderscores(NAO_ALFANUMERICO.matcher(semAcentos.toUpperCase(Locale.ROOT)).replaceAll("_"));
    }

    private static String trimUnderscores(String texto) {
        int inicio = 0;
        int fim = texto.length();
        while (inicio < fim && texto.charAt(inicio) == '_') {
            inicio++;
        }
        while (fim > inicio && texto.charAt(fim - 1) == '_') {
            fim--;
        }
        return texto.substring(inicio, fim);
    }
}
