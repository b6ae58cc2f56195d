package br.com.nexus.kernel.consulta.relatorio;

import br.com.nexus.kernel.comum.TenantId;
import java.time.YearMonth;

/**
 * Asks for the collection figures of one month: the boletos due in it and the dispatches requested
 * in it; answered with a {@link ResumoMensal}.
 */
public record BuscarResumoMensalQuery(
        TenantId tenantId,
        YearMonth mes) {
}
