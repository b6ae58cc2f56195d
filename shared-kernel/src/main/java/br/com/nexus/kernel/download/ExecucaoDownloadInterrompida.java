package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;

/**
 * A run stopped before trying every cliente (CAPTCHA, blocked portal, refused credentials...);
 * {@code processados} of {@code total} were done. {@link ExecucaoDownloadConcluida} follows.
 */
public record ExecucaoDownloadInterrompida(
        ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        MotivoInterrupcao motivo,
        String detalhe,
        String captura,
        int processados,
        int total) {
}
