package br.com.nexus.kernel.cobranca;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;

/**
 * No more messages go out for this boleto (for example its cliente's number is not on WhatsApp); the
 * boleto is still watched for payment and marked overdue in its time.
 */
public record CobrancaInterrompida(
        BoletoId boletoId,
        TenantId tenantId,
        ClienteId clienteId,
        String motivo) {
}
