package br.com.nexus.command.portal.navegador;

/** How the portal handed over a PDF. */
public enum FormaDeEntrega {
    /** As a file download. */
    DOWNLOAD,
    /** In a new tab (popup) showing the PDF. */
    POPUP,
    /** In a viewer embedded in the page, or the page itself turned into the PDF. */
    VISUALIZADOR
}
