package br.com.nexus.kernel.boleto;

import br.com.nexus.kernel.comum.TenantId;
import java.time.LocalDate;

/** The boleto passed its vencimento unpaid. */
public record BoletoVencido(
        BoletoId boletoId,
        TenantId tenantId,
        LocalDate vencimento) {
}
