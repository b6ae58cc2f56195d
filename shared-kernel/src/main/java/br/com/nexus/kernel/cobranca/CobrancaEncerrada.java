package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/**
 * The collection process of a boleto ended: paid, cancelled, its régua done, or given up (for example
 * the cliente's number is not on WhatsApp); {@code motivo} says which.
 */
public record CobrancaEncerrada(
        BoletoId boletoId,
        TenantId tenantId,
        ClienteId clienteId,
        MotivoEncerramento motivo,
        String detalhe) {

    public enum MotivoEncerramento {
        PAGO,
        CANCELADO,
        REGUA_CONCLUIDA,
        ABANDONADA
    }
}
