package br.com.nexus.command.documento;

/**
 * A stored PDF: its SHA-256 (lower-case hex), size, where it is kept ({@code local}, what
 * {@code AnexarPdfBoletoCommand} carries), file name and origin.
 */
public record PdfArmazenado(String sha256, long tamanho, String local, String nomeArquivo, OrigemPdf origem) {
}
