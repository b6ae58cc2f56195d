package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;

/** The cliente must no longer receive WhatsApp messages. */
public record WhatsappOptOutRegistrado(
        ClienteId clienteId,
        TenantId tenantId,
        String motivo) {
}
