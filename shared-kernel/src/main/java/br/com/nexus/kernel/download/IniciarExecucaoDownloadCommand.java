package br.com.nexus.kernel.download;

import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a portal download run over {@code total} clientes, already chosen by the filters it
 * records (ponto de venda, year, limit; each may be null).
 */
public record IniciarExecucaoDownloadCommand(
        @TargetAggregateIdentifier ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        String pontoDeVenda,
        Integer ano,
        Integer limite,
        int total) {
}
