package br.com.nexus.command.documento;

import br.com.nexus.kernel.comum.CodigoBarras;
import com.lowagie.text.pdf.BarcodeInter25;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;

/**
 * The boleto's 44 digits as Interleaved 2 of 5 (FEBRABAN): start, 22 digit pairs, stop, no check
 * digit (44 is even). OpenPDF gives the narrow/wide sequence; the bars are drawn here as plain
 * rectangles at a 1:3 ratio, the ratio bank boletos use, instead of OpenPDF's default 1:2.
 */
final class BarrasItf {

    /** Narrow element, in points: about 0.26 mm, so the 405 modules span about 107 mm. */
    static final float ESTREITA = 0.75f;
    static final float PROPORCAO_LARGA = 3f;
    /** About 13 mm, the height bank manuals ask for. */
    static final float ALTURA = 37f;

    private BarrasItf() {
    }

    /** Draws the barcode with its lower-left corner at (x, y); returns its width. */
    static float desenhar(PdfContentByte canvas, CodigoBarras codigo, float x, float y) {
        byte[] elementos = BarcodeInter25.getBarsInter25(codigo.numero());
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        float cursor = x;
        for (int i = 0; i < elementos.length; i++) {
            float largura = elementos[i] == 0 ? ESTREITA : ESTREITA * PROPORCAO_LARGA;
            if (i % 2 == 0) {
                canvas.rectangle(cursor, y, largura, ALTURA);
            }
            cursor += largura;
        }
        canvas.fill();
        canvas.restoreState();
        return cursor - x;
    }
}
