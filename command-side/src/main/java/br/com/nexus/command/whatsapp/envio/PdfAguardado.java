package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.kernel.boleto.OrigemBoleto;

/**
 * The attachment of a dispatch requested while its boleto's PDF is still being rendered: this
 * system renders a GERADO boleto's PDF moments after registering it. Such a dispatch names the
 * boleto's PDF to come ({@link #ANEXO}) instead of a stored one; it waits for the PDF (up to
 * {@code nexus.whatsapp.espera-pdf}) and reads it from the boleto when it goes out.
 */
public final class PdfAguardado {

    /** {@code DisparoSolicitado.anexo} of such a dispatch. */
    public static final String ANEXO = "pdf_do_boleto:aguardado";

    private PdfAguardado() {
    }

    /**
     * What a dispatch of the boleto attaches: nothing when asked so, the PDF attached by now, or the
     * PDF to come when the boleto will have one shortly. Other boletos without a PDF go as text.
     */
    public static String anexoPara(BoletoConhecido boleto, boolean semAnexo) {
        if (semAnexo) {
            return null;
        }
        if (boleto.pdfLocal() == null && boleto.origem() == OrigemBoleto.GERADO) {
            return ANEXO;
        }
        return boleto.pdfLocal();
    }

    static boolean em(String anexo) {
        return ANEXO.equals(anexo);
    }
}
