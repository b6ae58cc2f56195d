package br.com.nexus.kernel.consulta.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tenant's collection figures at a glance.
 *
 * @param taxaSucesso    percentage (two decimals) of dispatches the gateway accepted, over all dispatches
 * @param clientesUnicos distinct clientes with at least one boleto
 * @param atualizadoEm   time of the latest event reflected in these figures; null before the first one
 */
public record Dashboard(
        ResumoBoletos boletos,
        ResumoValores valores,
        ResumoDisparos disparos,
        BigDecimal taxaSucesso,
        long clientesUnicos,
        Instant atualizadoEm) {
}
