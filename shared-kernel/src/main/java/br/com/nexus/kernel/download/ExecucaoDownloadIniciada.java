package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;

/**
 * A portal download run started over {@code total} clientes (the 100% of its progress bar). The
 * filters that chose them are recorded as given: ponto de venda, year and limit may be null.
 */
public record ExecucaoDownloadIniciada(
        ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        String pontoDeVenda,
        Integer ano,
        Integer limite,
        int total) {
}
