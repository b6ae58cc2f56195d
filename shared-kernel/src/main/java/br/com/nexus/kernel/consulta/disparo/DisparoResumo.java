package br.com.nexus.kernel.consulta.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.StatusDisparo;
import java.time.Instant;

/**
 * One WhatsApp dispatch and how far it got; {@code tentativas} is the highest attempt seen,
 * {@code ultimoErro} the reason of the latest failure, cleared once a later attempt goes out.
 */
public record DisparoResumo(
        DisparoId id,
        BoletoId boletoId,
        ClienteId clienteId,
        String destino,
        StatusDisparo status,
        int tentativas,
        String ultimoErro,
        String providerMessageId,
        Instant solicitadoEm,
        Instant enviadoEm,
        Instant entregueEm,
        Instant lidoEm,
        Instant atualizadoEm) {
}
