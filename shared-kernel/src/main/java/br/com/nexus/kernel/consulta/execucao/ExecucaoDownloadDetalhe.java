package br.com.nexus.kernel.consulta.execucao;

import java.util.List;

/** A download run with the outcome of each cliente processed so far, in the order they ended. */
public record ExecucaoDownloadDetalhe(
        ExecucaoDownloadResumo execucao,
        List<ResultadoClienteDownload> clientes) {
}
