package br.com.nexus.kernel.consulta.relatorio;

import br.com.nexus.kernel.consulta.dashboard.ResumoBoletos;
import br.com.nexus.kernel.consulta.dashboard.ResumoDisparos;
import br.com.nexus.kernel.consulta.dashboard.ResumoValores;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The dashboard's figures restricted to one month: boletos by their vencimento, dispatches by when
 * they were requested; {@code taxaSucesso} is the share of those dispatches that reached the gateway.
 */
public record ResumoMensal(
        YearMonth mes,
        ResumoBoletos boletos,
        ResumoValores valores,
        ResumoDisparos disparos,
        BigDecimal taxaSucesso) {
}
