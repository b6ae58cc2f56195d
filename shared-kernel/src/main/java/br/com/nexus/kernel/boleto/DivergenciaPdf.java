package br.com.nexus.kernel.boleto;

/** How a boleto's PDF disagrees with what was registered for it. */
public enum DivergenciaPdf {
    /** The value in the PDF's linha digitável is not the registered value. */
    VALOR,
    /** The due-date factor in the PDF's linha digitável is not the registered vencimento's. */
    VENCIMENTO,
    /** Value and due date agree, but the PDF's linha digitável is another slip's. */
    LINHA_DIGITAVEL,
    /** No valid linha digitável could be read from the PDF's text (a scanned image, for example). */
    LINHA_NAO_ENCONTRADA
}
