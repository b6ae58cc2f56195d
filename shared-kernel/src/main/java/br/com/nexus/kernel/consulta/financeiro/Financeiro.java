package br.com.nexus.kernel.consulta.financeiro;

import br.com.nexus.kernel.comum.Dinheiro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Revenue of a period: confirmed payments by their payment date, net of refunds.
 *
 * @param crescimento percentage change of {@code receita} over {@code receitaPeriodoAnterior}, two
 *                    decimals; null when the previous period had no revenue
 * @param confirmados payments confirmed in the period (gross of refunds)
 * @param pendentes   payments opened in the period and still waiting for the money
 * @param estornados  payments of the period refunded since
 */
public record Financeiro(
        LocalDate de,
        LocalDate ate,
        Dinheiro receita,
        LocalDate anteriorDe,
        LocalDate anteriorAte,
        Dinheiro receitaPeriodoAnterior,
        BigDecimal crescimento,
        TotalPagamentos confirmados,
        TotalPagamentos pendentes,
        TotalPagamentos recusados,
        TotalPagamentos estornados,
        List<ReceitaPorMetodo> porMetodo,
        List<ReceitaPorPeriodo> porDia,
        List<ReceitaPorPeriodo> porSemana,
        List<ReceitaPorPeriodo> porMes) {
}
