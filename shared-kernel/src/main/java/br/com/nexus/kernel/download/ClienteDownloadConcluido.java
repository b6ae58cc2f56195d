package br.com.nexus.kernel.download;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/**
 * One cliente of a run is done. {@code arquivo} is the PDF's file name
 * ({@code {NOME_CLIENTE}_{MES}.pdf}) and {@code boletoId} the registered boleto, both only on
 * success; {@code detalhe} explains any other outcome and {@code captura} is the path of the
 * screenshot kept for an error. {@code processados} of {@code total} is the run's progress.
 */
public record ClienteDownloadConcluido(
        ExecucaoDownloadId execucaoId,
        TenantId tenantId,
        ClienteId clienteId,
        ResultadoDownload resultado,
        String detalhe,
        String arquivo,
        BoletoId boletoId,
        String captura,
        int processados,
        int total) {
}
