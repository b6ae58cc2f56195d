package br.com.nexus.command.importacao;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx ({@code sharedStrings.xml}), read as a SAX stream with caps on
 * how many strings and how many characters in all: a workbook holding a million strings is refused
 * at the cap instead of filling the heap. The {@code uniqueCount} the file declares is not trusted.
 * Phonetic runs ({@code rPh}) are not text of the cell; each string is kept cut at
 * {@link LinhasDaAba#MAXIMO_CELULA} characters, like any cell.
 */
final class TextosCompartilhados extends DefaultHandler {

    static final int MAXIMO_TEXTOS = 200_000;
    static final long MAXIMO_CARACTERES = 10_000_000;

    private final List<String> textos = new ArrayList<>();
    private final StringBuilder atual = new StringBuilder();
    private long caracteres;
    private boolean dentroDeT;
    private int foneticos;

    /** The string at {@code indice}, or null when the sheet points past the table. */
    String texto(int indice) {
        return indice >= 0 && indice < textos.size() ? textos.get(indice) : null;
    }

    int quantidade() {
        return textos.size();
    }

    @Override
    public void startElement(String uri, String nomeLocal, String nomeQualificado, Attributes atributos) {
        switch (nomeLocal) {
            case "si" -> atual.setLength(0);
            case "rPh" -> foneticos++;
            case "t" -> dentroDeT = foneticos == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String nomeLocal, String nomeQualificado) {
        switch (nomeLocal) {
            case "si" -> {
                if (textos.size() >= MAXIMO_TEXTOS) {
                    throw new PlanilhaGrandeDemais("Planilha com mais de " + MAXIMO_TEXTOS
                            + " textos distintos; o limite é de " + LeitorDePlanilha.LIMITE_LINHAS + " linhas");
                }
                textos.add(atual.toString());
            }
            case "rPh" -> foneticos--;
            case "t" -> dentroDeT = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] texto, int inicio, int tamanho) {
        if (!dentroDeT) {
            return;
        }
        caracteres += tamanho;
        if (caracteres > MAXIMO_CARACTERES) {
            throw new PlanilhaGrandeDemais("Planilha com mais de " + MAXIMO_CARACTERES
                    + " caracteres de texto; o limite é de " + LeitorDePlanilha.LIMITE_LINHAS + " linhas");
        }
        LinhasDaAba.acrescentar(atual, texto, inicio, tamanho);
    }
}
