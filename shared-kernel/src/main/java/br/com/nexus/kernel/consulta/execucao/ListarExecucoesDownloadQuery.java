package br.com.nexus.kernel.consulta.execucao;

import br.com.nexus.kernel.comum.TenantId;

/**
 * Lists a tenant's portal download runs, newest first; {@code emAndamento} (optional) keeps only
 * the running ones (true) or the ended ones (false). Answered with a {@link PaginaDeExecucoesDownload}.
 */
public record ListarExecucoesDownloadQuery(
        TenantId tenantId,
        Boolean emAndamento,
        int page,
        int size) {
}
