package br.com.nexus.kernel.consulta.execucao;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ExecucaoDownloadId;

/** Asks for one download run of the tenant with each cliente's outcome; answered with an optional {@link ExecucaoDownloadDetalhe}. */
public record BuscarExecucaoDownloadQuery(
        TenantId tenantId,
        ExecucaoDownloadId execucaoId) {
}
