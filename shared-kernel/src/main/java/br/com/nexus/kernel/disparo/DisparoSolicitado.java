package br.com.nexus.kernel.disparo;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/**
 * A dispatch was requested. {@code anexo} names the file sent along (as {@code BoletoPdfAnexado.local}
 * does), {@code pdf_do_boleto:aguardado} for the boleto's PDF still being rendered, or is null.
 */
public record DisparoSolicitado(
        DisparoId disparoId,
        TenantId tenantId,
        BoletoId boletoId,
        ClienteId clienteId,
        String destino,
        String mensagem,
        String anexo) {
}
