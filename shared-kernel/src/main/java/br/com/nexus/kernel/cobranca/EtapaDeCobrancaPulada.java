package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/** A step of the boleto's régua was not sent, and why ({@code codigo} is stable, {@code motivo} for people). */
public record EtapaDeCobrancaPulada(
        BoletoId boletoId,
        TenantId tenantId,
        ClienteId clienteId,
        String nome,
        int diasRelativosAoVencimento,
        String codigo,
        String motivo) {
}
