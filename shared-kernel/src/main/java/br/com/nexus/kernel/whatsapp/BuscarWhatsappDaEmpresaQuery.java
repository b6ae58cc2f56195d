package br.com.nexus.kernel.whatsapp;

import br.com.nexus.kernel.comum.TenantId;

/** Asks for the tenant's WhatsApp as the command side knows it; answered with a {@link WhatsappDaEmpresa}. */
public record BuscarWhatsappDaEmpresaQuery(TenantId tenantId) {
}
