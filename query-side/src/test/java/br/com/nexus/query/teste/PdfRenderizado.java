package br.com.nexus.query.teste;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as a reader gets it: its pages drawn to images (kept under target/ for a person to look at)
 * and its text, as PDFBox, an independent reader, extracts it.
 */
public record PdfRenderizado(List<BufferedImage> paginas, String texto) {

    public static PdfRenderizado de(byte[] pdf, String nome) throws IOException {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            PDFRenderer renderizador = new PDFRenderer(documento);
            List<BufferedImage> paginas = new ArrayList<>();
            Path pasta = Files.createDirectories(Path.of("target", "pdfs-renderizados"));
            for (int i = 0; i < documento.getNumberOfPages(); i++) {
                BufferedImage pagina = renderizador.renderImageWithDPI(i, 72);
                ImageIO.write(pagina, "png", pasta.resolve(nome + "-" + (i + 1) + ".png").toFile());
                paginas.add(pagina);
            }
            return new PdfRenderizado(paginas, new PDFTextStripper().getText(documento));
        }
    }

    /** The share of a page's pixels that are not white: 0 for a blank page. */
    public static double tinta(BufferedImage pagina) {
        long pintados = 0;
        for (int y = 0; y < pagina.getHeight(); y++) {
            for (int x = 0; x < pagina.getWidth(); x++) {
                if ((pagina.getRGB(x, y) & 0xFFFFFF) < 0xF0F0F0) {
                    pintados++;
                }
            }
        }
        return (double) pintados / ((long) pagina.getWidth() * pagina.getHeight());
    }
}
