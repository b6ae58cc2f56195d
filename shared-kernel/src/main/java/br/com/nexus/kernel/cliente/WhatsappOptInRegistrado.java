package br.com.nexus.kernel.cliente;

import br.com.nexus.kernel.comum.TenantId;

/** The cliente may receive WhatsApp messages again. */
public record WhatsappOptInRegistrado(
        ClienteId clienteId,
        TenantId tenantId) {
}
