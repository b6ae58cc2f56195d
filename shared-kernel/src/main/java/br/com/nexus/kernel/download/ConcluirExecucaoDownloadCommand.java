package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a run with the counts of its outcomes; closing a closed run does nothing. */
public record ConcluirExecucaoDownloadCommand(
        @TargetAggregateIdentifier ExecucaoDownloadId execucaoId,
        TenantId tenantId) {
}
