package br.com.nexus.command.documento;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads an ITF barcode back from a PDF page, independently of how it was drawn: collects the
 * rectangles of bar height from the page's content stream, measures bars and the gaps between
 * them, classes each as narrow or wide, and decodes with the FEBRABAN table (PROTOCOLS.md §4.4).
 */
final class DecodificadorItf {

    private static final Map<String, Character> DIGITOS = Map.of(
            "NNWWN", '0', "WNNNW", '1', "NWNNW", '2', "WWNNN", '3', "NNWNW", '4',
            "WNWNN", '5', "NWWNN", '6', "NNNWW", '7', "WNNWN", '8', "NWNWN", '9');

    record Barra(float x, float y, float largura, float altura) {
    }

    private DecodificadorItf() {
    }

    static List<Barra> barras(byte[] pdf, float altura) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        byte[] conteudo = reader.getPageContent(1);
        reader.close();
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(conteudo));
        List<PdfObject> operandos = new ArrayList<>();
        List<Barra> barras = new ArrayList<>();
        while (!parser.parse(operandos).isEmpty()) {
            PdfObject operador = operandos.get(operandos.size() - 1);
            if (operador instanceof PdfLiteral && "re".equals(operador.toString()) && operandos.size() == 5) {
                float[] n = new float[4];
                for (int i = 0; i < 4; i++) {
                    n[i] = ((PdfNumber) operandos.get(i)).floatValue();
                }
                if (Math.abs(n[3] - altura) < 0.01f) {
                    barras.add(new Barra(n[0], n[1], n[2], n[3]));
                }
            }
        }
        barras.sort(Comparator.comparingDouble(Barra::x));
        return barras;
    }

    /** The digits the bars encode; fails on anything that is not well-formed ITF. */
    static String decodificar(List<Barra> barras) {
        List<Float> larguras = new ArrayList<>();
        for (int i = 0; i < barras.size(); i++) {
            larguras.add(barras.get(i).largura());
            if (i + 1 < barras.size()) {
                larguras.add(barras.get(i + 1).x() - (barras.get(i).x() + barras.get(i).largura()));
            }
        }
        float estreita = larguras.stream().min(Float::compare).orElseThrow();
        StringBuilder padrao = new StringBuilder();
        for (float largura : larguras) {
            padrao.append(largura > 2 * estreita ? 'W' : 'N');
        }
        String elementos = padrao.toString();
        if (!elementos.startsWith("NNNN") || !elementos.endsWith("WNN") || (elementos.length() - 7) % 10 != 0) {
            throw new IllegalStateException("Não é ITF: " + elementos);
        }
        StringBuilder digitos = new StringBuilder();
        for (int inicio = 4; inicio < elementos.length() - 3; inicio += 10) {
            StringBuilder barrasDoPar = new StringBuilder();
            StringBuilder espacosDoPar = new StringBuilder();
            for (int k = 0; k < 10; k++) {
                (k % 2 == 0 ? barrasDoPar : espacosDoPar).append(elementos.charAt(inicio + k));
            }
            digitos.append(digito(barrasDoPar.toString())).append(digito(espacosDoPar.toString()));
        }
        return digitos.toString();
    }

    private static char digito(String padrao) {
        Character digito = DIGITOS.get(padrao);
        if (digito == null) {
            throw new IllegalStateException("Padrão ITF inválido: " + padrao);
        }
        return digito;
    }
}
