package br.com.nexus.command.documento;

import br.com.nexus.kernel.boleto.DivergenciaPdf;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads the linha digitável out of a boleto PDF (one downloaded from a portal, say) through its
 * text, and tells how it disagrees with a registered boleto. Only a line that passes every
 * FEBRABAN check digit counts, so stray numbers on the page are not mistaken for one.
 */
@Component
public class LeitorDeBoletoPdf {

    /** Far above any boleto; refuses to parse what is surely not one. */
    static final int TAMANHO_MAXIMO = 10 * 1024 * 1024;
    /** A boleto's line is on its first page; a couple more cover receipts printed before it. */
    static final int PAGINAS_LIDAS = 3;

    private static final Pattern LINHA_IMPRESSA = Pattern.compile(
            "(\\d{5})[.\\s]?(\\d{5})\\s*(\\d{5})[.\\s]?(\\d{6})\\s*(\\d{5})[.\\s]?(\\d{6})\\s*(\\d)\\s*(\\d{14})");
    /** Digits with the separators a PDF's text may put between them (dots, dashes, spaces, line breaks). */
    private static final Pattern TRECHO_NUMERICO = Pattern.compile("\\d[\\d.\\-\\s]*\\d");
    private static final Pattern SEPARADORES = Pattern.compile("[.\\-\\s]+");
    /** Where the linha's printed fields end: {@code 00190.00009 01207.113000 09000.206186 5 38600000004000}. */
    private static final Set<Integer> FRONTEIRAS_DA_LINHA = Set.of(5, 10, 15, 21, 26, 32, 33, 47);
    /** A printed barcode number is one run of 44 digits. */
    private static final Set<Integer> FRONTEIRAS_DO_CODIGO = Set.of(44);

    /**
     * The first valid linha digitável in the PDF; failing that, one rebuilt from a printed 44-digit
     * barcode number; empty when the text has neither (a scanned image, for instance).
     *
     * @throws DomainException {@code PDF_INVALIDO} (400) when the bytes are not a readable PDF
     */
    public Optional<LinhaDigitavel> ler(byte[] pdf) {
        return encontrarLinha(texto(pdf));
    }

    /** The text of the PDF's first pages, as OpenPDF extracts it. */
    public String texto(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw DomainException.invalido("PDF_INVALIDO", "PDF vazio");
        }
        if (pdf.length > TAMANHO_MAXIMO) {
            throw DomainException.invalido("PDF_INVALIDO", "PDF grande demais para ser um boleto");
        }
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf);
            PdfTextExtractor extrator = new PdfTextExtractor(reader);
            StringBuilder texto = new StringBuilder();
            for (int pagina = 1; pagina <= Math.min(PAGINAS_LIDAS, reader.getNumberOfPages()); pagina++) {
                texto.append(extrator.getTextFromPage(pagina)).append('\n');
            }
            return texto.toString();
        } catch (Exception e) {
            // OpenPDF signals malformed input with assorted IOExceptions and RuntimeExceptions.
            throw DomainException.invalido("PDF_INVALIDO", "Arquivo não é um PDF legível");
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    static Optional<LinhaDigitavel> encontrarLinha(String texto) {
        Matcher impressa = LINHA_IMPRESSA.matcher(texto);
        while (impressa.find()) {
            StringBuilder digitos = new StringBuilder();
            for (int grupo = 1; grupo <= impressa.groupCount(); grupo++) {
                digitos.append(impressa.group(grupo));
            }
            Optional<LinhaDigitavel> linha = tentar(digitos.toString(), LeitorDeBoletoPdf::linhaDeBoletoBancario);
            if (linha.isPresent()) {
                return linha;
            }
        }
        Optional<LinhaDigitavel> solta = procurarEmTrechos(texto, FRONTEIRAS_DA_LINHA,
                LeitorDeBoletoPdf::linhaDeBoletoBancario);
        if (solta.isPresent()) {
            return solta;
        }
        return procurarEmTrechos(texto, FRONTEIRAS_DO_CODIGO, CodigoBarras::of).map(CodigoBarras::linhaDigitavel);
    }

    /** A line whose barcode is a bank boleto's too (currency 9, not a utility slip). */
    private static LinhaDigitavel linhaDeBoletoBancario(String digitos) {
        LinhaDigitavel linha = LinhaDigitavel.of(digitos);
        linha.codigoBarras();
        return linha;
    }

    /**
     * Looks in each run of digit groups (digits split by dots, dashes, spaces or line breaks) for
     * consecutive whole groups that end only where the code's own fields end: the line however the
     * PDF's text split it. Check digits alone would not do: a long table of numbers offers enough
     * windows for a few to pass them by chance (one in about 11 for a barcode's single digit).
     */
    private static <T> Optional<T> procurarEmTrechos(String texto, Set<Integer> fronteiras,
            Function<String, T> construtor) {
        int tamanho = fronteiras.stream().max(Integer::compare).orElseThrow();
        Matcher trecho = TRECHO_NUMERICO.matcher(texto);
        while (trecho.find()) {
            String[] grupos = SEPARADORES.split(trecho.group());
            for (int primeiro = 0; primeiro < grupos.length; primeiro++) {
                StringBuilder digitos = new StringBuilder();
                boolean alinhado = true;
                for (int ultimo = primeiro; ultimo < grupos.length && digitos.length() < tamanho; ultimo++) {
                    digitos.append(grupos[ultimo]);
                    alinhado &= fronteiras.contains(digitos.length());
                }
                if (alinhado && digitos.length() == tamanho) {
                    Optional<T> valido = tentar(digitos.toString(), construtor);
                    if (valido.isPresent()) {
                        return valido;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> tentar(String digitos, Function<String, T> construtor) {
        try {
            return Optional.of(construtor.apply(digitos));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /**
     * How a PDF's line disagrees with the registered boleto: value, due date, another slip
     * altogether, or no line at all. Empty when they agree.
     */
    public static Set<DivergenciaPdf> divergencias(LinhaDigitavel doPdf, LinhaDigitavel registrada, Dinheiro valor,
            LocalDate vencimento) {
        if (doPdf == null) {
            return EnumSet.of(DivergenciaPdf.LINHA_NAO_ENCONTRADA);
        }
        Set<DivergenciaPdf> divergencias = EnumSet.noneOf(DivergenciaPdf.class);
        CodigoBarras codigo = doPdf.codigoBarras();
        if (!codigo.valor().equals(valor)) {
            divergencias.add(DivergenciaPdf.VALOR);
        }
        if (!codigo.venceEm(vencimento)) {
            divergencias.add(DivergenciaPdf.VENCIMENTO);
        }
        if (divergencias.isEmpty() && !doPdf.equals(registrada)) {
            divergencias.add(DivergenciaPdf.LINHA_DIGITAVEL);
        }
        return divergencias;
    }
}
