package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorPeriodo;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Draws the revenue per day as a vector bar chart in the PDF itself: a value axis in reais with
 * gridlines, a date axis, and the best day's value over its bar. PDF's own Helvetica draws the
 * text, so no system font is needed on a headless server.
 */
final class GraficoDeReceita {

    static final float LARGURA = 523;
    static final float ALTURA = 210;
    private static final float ESQUERDA = 62;
    private static final float DIREITA = 8;
    private static final float BASE = 34;
    private static final float TOPO = 22;
    private static final int DIVISOES = 4;
    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM");
    private static final Color BARRA = new Color(0x1F, 0x4E, 0x79);
    private static final Color GRADE = new Color(0xDD, 0xDD, 0xDD);
    private static final Color EIXO = new Color(0x44, 0x44, 0x44);
    private static final BaseFont FONTE = fonte();

    private GraficoDeReceita() {
    }

    /** The chart as an image element; the series must hold at least one day with revenue. */
    static Image desenhar(PdfContentByte pagina, List<ReceitaPorPeriodo> dias) throws BadElementException {
        PdfTemplate t = pagina.createTemplate(LARGURA, ALTURA);
        float largura = LARGURA - ESQUERDA - DIREITA;
        float altura = ALTURA - BASE - TOPO;
        long teto = teto(dias.stream().mapToLong(d -> d.receita().centavos()).max().orElse(0));

        t.setLineWidth(0.5f);
        for (int i = 0; i <= DIVISOES; i++) {
            float y = BASE + altura * i / DIVISOES;
            t.setColorStroke(i == 0 ? EIXO : GRADE);
            t.moveTo(ESQUERDA, y);
            t.lineTo(ESQUERDA + largura, y);
            t.stroke();
            texto(t, Dinheiro.deCentavos(teto * i / DIVISOES).formatado(), ESQUERDA - 4, y - 3, PdfContentByte.ALIGN_RIGHT);
        }
        texto(t, "Receita (R$)", ESQUERDA, ALTURA - 10, PdfContentByte.ALIGN_LEFT);

        float passo = largura / dias.size();
        float barra = Math.max(1, passo * 0.7f);
        int destaque = indiceDoMaior(dias);
        int intervalo = dias.size() > 16 ? 5 : 1;
        for (int i = 0; i < dias.size(); i++) {
            ReceitaPorPeriodo dia = dias.get(i);
            float x = ESQUERDA + i * passo + (passo - barra) / 2;
            float h = altura * dia.receita().centavos() / teto;
            if (h > 0) {
                t.setColorFill(BARRA);
                t.rectangle(x, BASE, barra, h);
                t.fill();
            }
            if (i == destaque) {
                texto(t, dia.receita().formatado(), x + barra / 2, BASE + h + 3, PdfContentByte.ALIGN_CENTER);
            }
            if (i == 0 || i == dias.size() - 1 || (dia.inicio().getDayOfMonth() % intervalo == 0
                    && dias.size() - 1 - i >= intervalo / 2)) {
                texto(t, DIA.format(dia.inicio()), x + barra / 2, BASE - 11, PdfContentByte.ALIGN_CENTER);
            }
        }
        texto(t, "Dia do pagamento", ESQUERDA + largura / 2, 4, PdfContentByte.ALIGN_CENTER);
        return Image.getInstance(t);
    }

    /** A round value at or above the highest bar (1, 2 or 5 times a power of ten reais). */
    static long teto(long maximoCentavos) {
        long passo = 100;
        while (true) {
            for (long multiplo : new long[] {1, 2, 5}) {
                if (passo * multiplo >= maximoCentavos) {
                    return passo * multiplo;
                }
            }
            passo *= 10;
        }
    }

    private static int indiceDoMaior(List<ReceitaPorPeriodo> dias) {
        int indice = 0;
        for (int i = 1; i < dias.size(); i++) {
            if (dias.get(i).receita().centavos() > dias.get(indice).receita().centavos()) {
                indice = i;
            }
        }
        return indice;
    }

    private static void texto(PdfTemplate t, String texto, float x, float y, int alinhamento) {
        t.beginText();
        t.setFontAndSize(FONTE, 7);
        t.setColorFill(EIXO);
        t.showTextAligned(alinhamento, texto, x, y, 0);
        t.endText();
    }

    private static BaseFont fonte() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
