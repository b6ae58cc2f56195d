package br.com.nexus.app.console;

import br.com.nexus.kernel.consulta.financeiro.Financeiro;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorPeriodo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** How the painel groups revenue: this month by day, the last 12 weeks, or the last 12 months. */
enum PeriodoDaReceita {
    DIA("Por dia (mês atual)"),
    SEMANA("Por semana (12 semanas)"),
    MES("Por mês (12 meses)");

    private final String rotulo;

    PeriodoDaReceita(String rotulo) {
        this.rotulo = rotulo;
    }

    public String rotulo() {
        return rotulo;
    }

    LocalDate inicio(LocalDate hoje) {
        return switch (this) {
            case DIA -> hoje.withDayOfMonth(1);
            case SEMANA -> hoje.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
            case MES -> hoje.withDayOfMonth(1).minusMonths(11);
        };
    }

    List<ReceitaPorPeriodo> baldes(Financeiro financeiro) {
        return switch (this) {
            case DIA -> financeiro.porDia();
            case SEMANA -> financeiro.porSemana();
            case MES -> financeiro.porMes();
        };
    }
}
