package br.com.nexus.kernel.whatsapp;

import br.com.nexus.kernel.comum.TenantId;

/**
 * Starts pairing the tenant's instance with a phone (or confirms it is connected); the handler
 * records the state and the QR code to scan, which {@link BuscarWhatsappDaEmpresaQuery} then shows.
 * Answered with the connection state ({@code open}, {@code connecting}, …).
 */
public record ConectarWhatsappCommand(TenantId tenantId) {
}
