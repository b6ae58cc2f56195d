package br.com.nexus.kernel.download;

/** Outcomes of a run by kind; {@code naoProcessados} are the clientes never tried. */
public record ContagemDownload(
        int sucesso,
        int erro,
        int cpfNaoEncontrado,
        int semBoleto,
        int naoProcessados) {

    public int processados() {
        return sucesso + erro + cpfNaoEncontrado + semBoleto;
    }
}
