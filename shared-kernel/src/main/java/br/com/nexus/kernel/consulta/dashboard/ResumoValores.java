package br.com.nexus.kernel.consulta.dashboard;

import br.com.nexus.kernel.comum.Dinheiro;

/**
 * Amounts of the tenant's boletos: {@code total} excludes cancelled boletos, {@code pendente} is
 * what is still unpaid (open or overdue).
 */
public record ResumoValores(
        Dinheiro total,
        Dinheiro pago,
        Dinheiro pendente) {
}
