package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;

/** A step of the boleto's régua went out as dispatch {@code disparoId}. */
public record EtapaDeCobrancaExecutada(
        BoletoId boletoId,
        TenantId tenantId,
        ClienteId clienteId,
        String nome,
        int diasRelativosAoVencimento,
        DisparoId disparoId) {
}
