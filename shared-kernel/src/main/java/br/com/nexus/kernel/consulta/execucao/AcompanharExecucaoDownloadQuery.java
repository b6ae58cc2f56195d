package br.com.nexus.kernel.consulta.execucao;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ExecucaoDownloadId;

/**
 * Follows one download run live: a subscription query whose initial answer and every update are
 * the run's {@link ExecucaoDownloadResumo}.
 */
public record AcompanharExecucaoDownloadQuery(
        TenantId tenantId,
        ExecucaoDownloadId execucaoId) {
}
