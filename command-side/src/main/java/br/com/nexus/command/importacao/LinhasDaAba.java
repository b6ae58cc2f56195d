package br.com.nexus.command.importacao;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet of an .xlsx read as a SAX stream, handing each row to {@code destino} as soon as it
 * ends; only the current row is held here, and the destination says when to stop. Numbers come back
 * as their plain digits (a CPF typed as a number is {@code 1.1144477735E10} to Excel), date cells as
 * ISO dates, formulas as their last computed value.
 */
final class LinhasDaAba extends DefaultHandler {

    static final int COLUNAS_MAXIMAS = 100;
    /** Far above any field's own limit, so a cell cut here is still refused by its field's check. */
    static final int MAXIMO_CELULA = 1_000;

    /** Thrown through the parser when the destination has what it needs. */
    static final class Parada extends RuntimeException {
        Parada() {
            super(null, null, false, false);
        }
    }

    private final TextosCompartilhados compartilhados;
    private final EstilosDeData estilos;
    private final boolean data1904;
    private final Predicate<LinhaPlanilha> destino;

    private List<String> celulas = new ArrayList<>();
    private int numeroDaLinha;
    private int coluna;
    private String tipo;
    private int estilo;
    private final StringBuilder valor = new StringBuilder();
    private boolean lendoValor;
    private int foneticos;

    LinhasDaAba(TextosCompartilhados compartilhados, EstilosDeData estilos, boolean data1904,
            Predicate<LinhaPlanilha> destino) {
        this.compartilhados = compartilhados;
        this.estilos = estilos;
        this.data1904 = data1904;
        this.destino = destino;
    }

    @Override
    public void startElement(String uri, String nomeLocal, String nomeQualificado, Attributes atributos) {
        switch (nomeLocal) {
            case "row" -> {
                Integer r = EstilosDeData.inteiro(atributos.getValue("r"));
                numeroDaLinha = r != null && r > 0 ? r : numeroDaLinha + 1;
                celulas = new ArrayList<>();
                coluna = -1;
            }
            case "c" -> {
                int referida = coluna(atributos.getValue("r"));
                coluna = referida >= 0 ? referida : coluna + 1;
                tipo = atributos.getValue("t");
                Integer s = EstilosDeData.inteiro(atributos.getValue("s"));
                estilo = s == null ? 0 : s;
                valor.setLength(0);
            }
            case "v" -> lendoValor = true;
            case "rPh" -> foneticos++;
            case "t" -> lendoValor = "inlineStr".equals(tipo) && foneticos == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String nomeLocal, String nomeQualificado) {
        switch (nomeLocal) {
            case "v", "t" -> lendoValor = false;
            case "rPh" -> foneticos--;
            case "c" -> {
                if (coluna < COLUNAS_MAXIMAS) {
                    while (celulas.size() <= coluna) {
                        celulas.add(null);
                    }
                    celulas.set(coluna, texto());
                }
            }
            case "row" -> {
                if (!destino.test(new LinhaPlanilha(numeroDaLinha, celulas))) {
                    throw new Parada();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] texto, int inicio, int tamanho) {
        if (lendoValor) {
            acrescentar(valor, texto, inicio, tamanho);
        }
    }

    static void acrescentar(StringBuilder destino, char[] texto, int inicio, int tamanho) {
        int cabe = Math.min(tamanho, MAXIMO_CELULA - destino.length());
        if (cabe > 0) {
            destino.append(texto, inicio, cabe);
        }
    }

    private String texto() {
        String bruto = valor.toString();
        if (tipo == null || tipo.equals("n")) {
            return bruto.isBlank() ? null : numero(bruto.strip());
        }
        return switch (tipo) {
            case "s" -> {
                Integer indice = EstilosDeData.inteiro(bruto);
                String compartilhado = indice == null ? null : compartilhados.texto(indice);
                yield compartilhado == null ? null : compartilhado.strip();
            }
            case "inlineStr", "str", "d" -> bruto.strip();
            case "b" -> String.valueOf("1".equals(bruto.strip()) || "true".equalsIgnoreCase(bruto.strip()));
            default -> null;
        };
    }

    private String numero(String bruto) {
        try {
            double numero = Double.parseDouble(bruto);
            if (estilos.ehData(estilo) && DateUtil.isValidExcelDate(numero)) {
                return DateUtil.getLocalDateTime(numero, data1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(numero).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return bruto;
        }
    }

    /** {@code "AB12"} → 27; -1 when absent or not a reference. */
    static int coluna(String referencia) {
        if (referencia == null) {
            return -1;
        }
        int indice = 0;
        int letras = 0;
        for (int i = 0; i < referencia.length() && letras < 4; i++) {
            char c = Character.toUpperCase(referencia.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            indice = indice * 26 + (c - 'A' + 1);
            letras++;
        }
        return letras == 0 ? -1 : indice - 1;
    }
}
