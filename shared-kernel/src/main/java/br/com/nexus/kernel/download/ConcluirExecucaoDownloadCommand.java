package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes a run that no outcome reaches anymore (its worker is gone), counting what it has; a run
 * ends by itself with its last outcome or an interruption, and closing a closed run does nothing.
 */
public record ConcluirExecucaoDownloadCommand(
        @TargetAggregateIdentifier ExecucaoDownloadId execucaoId,
        TenantId tenantId) {
}
