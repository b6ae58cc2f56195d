package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops a run for good; {@code captura} is the path of a screenshot of what stopped it, if any. */
public record InterromperExecucaoDownloadCommand(
        @TargetAggregateIdentifier ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        MotivoInterrupcao motivo,
        String detalhe,
        String captura) {
}
