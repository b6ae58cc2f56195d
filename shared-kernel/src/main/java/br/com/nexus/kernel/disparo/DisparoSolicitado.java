package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/** A dispatch was requested. */
public record DisparoSolicitado(
        DisparoId disparoId,
        TenantId tenantId,
        BoletoId boletoId,
        ClienteId clienteId,
        String destino,
        String mensagem,
        String anexo) {
}
