package br.com.nexus.kernel.consulta.financeiro;

import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;

/**
 * Asks for revenue from {@code de} to {@code ate} (inclusive, business dates) compared with the
 * period of the same length just before it; answered with a {@link Financeiro}.
 */
public record BuscarFinanceiroQuery(
        TenantId tenantId,
        LocalDate de,
        LocalDate ate) {
}
