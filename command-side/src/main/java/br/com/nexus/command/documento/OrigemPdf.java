package br.com.nexus.command.documento;

/** How a stored PDF came to be: generated here, or downloaded from a portal or provider. */
public enum OrigemPdf {
    GERADO,
    BAIXADO
}
