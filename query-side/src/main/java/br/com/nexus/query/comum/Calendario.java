package br.com.nexus.query.comum;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.Agrupamento;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The business calendar of the read models: which instant starts which business day (the
 * operators' time zone, America/Sao_Paulo unless {@code nexus.consulta.fuso-horario} says
 * otherwise), today's date, and the buckets of a time series.
 */
@Component
public class Calendario {

    /** Longest period a report may span, so that a daily series stays a sane size. */
    public static final int DIAS_MAXIMOS = 3_660;

    private final ZoneId fuso;
    private final Clock relogio;

    @Autowired
    public Calendario(@Value("${nexus.consulta.fuso-horario:America/Sao_Paulo}") String fuso,
            ObjectProvider<Clock> relogio) {
        this(ZoneId.of(fuso), relogio.getIfAvailable(Clock::systemUTC));
    }

    public Calendario(ZoneId fuso, Clock relogio) {
        this.fuso = fuso;
        this.relogio = relogio;
    }

    public ZoneId fuso() {
        return fuso;
    }

    public LocalDate hoje() {
        return LocalDate.now(relogio.withZone(fuso));
    }

    public LocalDate data(Instant instante) {
        return LocalDate.ofInstant(instante, fuso);
    }

    /** The first instant of the business day. */
    public Instant inicio(LocalDate dia) {
        return dia.atStartOfDay(fuso).toInstant();
    }

    /** The first instant after the business day. */
    public Instant fim(LocalDate dia) {
        return dia.plusDays(1).atStartOfDay(fuso).toInstant();
    }

    /** Rejects a period that ends before it starts or spans more than {@link #DIAS_MAXIMOS}. */
    public static void validar(LocalDate de, LocalDate ate) {
        if (ate.isBefore(de)) {
            throw DomainException.invalido("PERIODO_INVALIDO", "O fim do período é anterior ao início");
        }
        if (ChronoUnit.DAYS.between(de, ate) >= DIAS_MAXIMOS) {
            throw DomainException.invalido("PERIODO_INVALIDO", "Período maior que " + DIAS_MAXIMOS + " dias");
        }
    }

    /** The first day of the bucket that holds {@code dia}. */
    public static LocalDate inicioDoBalde(LocalDate dia, Agrupamento agrupamento) {
        return switch (agrupamento) {
            case DIA -> dia;
            case SEMANA -> dia.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MES -> dia.withDayOfMonth(1);
        };
    }

    /** The first days of every bucket from the one holding {@code de} to the one holding {@code ate}. */
    public static List<LocalDate> baldes(LocalDate de, LocalDate ate, Agrupamento agrupamento) {
        List<LocalDate> inicios = new ArrayList<>();
        for (LocalDate dia = inicioDoBalde(de, agrupamento); !dia.isAfter(ate); dia = proximo(dia, agrupamento)) {
            inicios.add(dia);
        }
        return inicios;
    }

    /** The unit name PostgreSQL's {@code date_trunc} uses for the bucket. */
    public static String unidade(Agrupamento agrupamento) {
        return switch (agrupamento) {
            case DIA -> "day";
            case SEMANA -> "week";
            case MES -> "month";
        };
    }

    private static LocalDate proximo(LocalDate dia, Agrupamento agrupamento) {
        return switch (agrupamento) {
            case DIA -> dia.plusDays(1);
            case SEMANA -> dia.plusWeeks(1);
            case MES -> dia.plusMonths(1);
        };
    }
}
