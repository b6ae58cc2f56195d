package br.com.nexus.app.support;

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

/** A downloaded PDF drawn page by page by PDFBox, the PNGs kept under target/ to be looked at. */
public final class PaginasDoPdf {

    private PaginasDoPdf() {
    }

    /** The share of non-white pixels of each page; a blank page gives 0. */
    public static List<Double> tintaPorPagina(byte[] pdf, String nome) throws IOException {
        List<Double> tinta = new ArrayList<>();
        Path pasta = Files.createDirectories(Path.of("target", "pdfs-renderizados"));
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            PDFRenderer renderizador = new PDFRenderer(documento);
            for (int i = 0; i < documento.getNumberOfPages(); i++) {
                BufferedImage pagina = renderizador.renderImageWithDPI(i, 72);
                ImageIO.write(pagina, "png", pasta.resolve(nome + "-" + (i + 1) + ".png").toFile());
                long pintados = 0;
                for (int y = 0; y < pagina.getHeight(); y++) {
                    for (int x = 0; x < pagina.getWidth(); x++) {
                        pintados += (pagina.getRGB(x, y) & 0xFFFFFF) < 0xF0F0F0 ? 1 : 0;
                    }
                }
                tinta.add((double) pintados / ((long) pagina.getWidth() * pagina.getHeight()));
            }
        }
        return tinta;
    }
}
