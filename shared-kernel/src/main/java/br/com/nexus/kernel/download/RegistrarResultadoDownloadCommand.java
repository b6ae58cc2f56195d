package br.com.nexus.kernel.download;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the outcome for one cliente of a run; a second outcome for the same cliente is ignored,
 * and the last cliente's outcome concludes the run. The handler answers {@code true} while the run still takes outcomes, {@code false} once it has
 * ended, which tells the worker to stop.
 */
public record RegistrarResultadoDownloadCommand(
        @TargetAggregateIdentifier ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        ClienteId clienteId,
        ResultadoDownload resultado,
        String detalhe,
        String arquivo,
        BoletoId boletoId,
        String captura) {
}
