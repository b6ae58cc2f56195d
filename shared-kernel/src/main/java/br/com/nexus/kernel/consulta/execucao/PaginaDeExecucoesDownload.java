package br.com.nexus.kernel.consulta.execucao;

import java.util.List;

/** One page of download runs; {@code total} counts every run matching the filter. */
public record PaginaDeExecucoesDownload(
        List<ExecucaoDownloadResumo> items,
        int page,
        int size,
        long total) {
}
