package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.consulta.financeiro.ReceitaPorPeriodo;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a revenue series as a bar chart in a PNG. It draws no text, so it needs no system fonts on
 * a headless server; the report prints the labels around it.
 */
final class GraficoDeReceita {

    static final int LARGURA = 1200;
    static final int ALTURA = 400;
    private static final int MARGEM = 20;
    private static final int LINHAS_DE_GRADE = 4;
    private static final Color BARRA = new Color(0x1F, 0x4E, 0x79);
    private static final Color GRADE = new Color(0xDD, 0xDD, 0xDD);

    private GraficoDeReceita() {
    }

    static byte[] png(List<ReceitaPorPeriodo> serie) {
        BufferedImage imagem = new BufferedImage(LARGURA, ALTURA, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = imagem.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, LARGURA, ALTURA);
            int altura = ALTURA - 2 * MARGEM;
            int largura = LARGURA - 2 * MARGEM;
            g.setColor(GRADE);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i <= LINHAS_DE_GRADE; i++) {
                int y = MARGEM + altura * i / LINHAS_DE_GRADE;
                g.drawLine(MARGEM, y, MARGEM + largura, y);
            }
            long maximo = serie.stream().mapToLong(p -> p.receita().centavos()).max().orElse(0);
            if (maximo > 0 && !serie.isEmpty()) {
                double passo = (double) largura / serie.size();
                int barra = Math.max(1, (int) (passo * 0.7));
                g.setColor(BARRA);
                for (int i = 0; i < serie.size(); i++) {
                    int h = (int) Math.round((double) serie.get(i).receita().centavos() / maximo * altura);
                    int x = MARGEM + (int) (i * passo + (passo - barra) / 2);
                    g.fillRect(x, MARGEM + altura - h, barra, h);
                }
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream saida = new ByteArrayOutputStream()) {
            ImageIO.write(imagem, "png", saida);
            return saida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
