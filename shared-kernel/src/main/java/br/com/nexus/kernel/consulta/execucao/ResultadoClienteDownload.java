package br.com.nexus.kernel.consulta.execucao;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.download.ResultadoDownload;
import java.time.Instant;

/**
 * What the portal gave for one cliente of a run: the file and boleto on success, otherwise a
 * detail and the path of the screenshot kept for an error.
 */
public record ResultadoClienteDownload(
        ClienteId clienteId,
        String clienteNome,
        ResultadoDownload resultado,
        String detalhe,
        String arquivo,
        BoletoId boletoId,
        String captura,
        Instant concluidoEm) {
}
