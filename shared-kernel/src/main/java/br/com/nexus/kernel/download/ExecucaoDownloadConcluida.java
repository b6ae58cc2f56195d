package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;

/**
 * A run ended: how ({@code situacao}, with the {@code motivo} when it was interrupted) and the
 * count of each outcome over its {@code total} clientes.
 */
public record ExecucaoDownloadConcluida(
        ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        SituacaoExecucaoDownload situacao,
        MotivoInterrupcao motivo,
        int total,
        ContagemDownload contagem) {
}
