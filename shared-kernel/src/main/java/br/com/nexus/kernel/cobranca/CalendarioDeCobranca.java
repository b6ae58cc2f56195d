package br.com.nexus.kernel.cobranca;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business days in Brazil: Monday to Friday that are not national holidays, the moveable feasts
 * (Carnaval, Sexta-feira Santa, Corpus Christi) included, as Jollyday's Brazilian calendar has them.
 */
public final class CalendarioDeCobranca {

    public static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");

    private static final HolidayManager FERIADOS =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BRAZIL));

    private CalendarioDeCobranca() {
    }

    public static boolean feriado(LocalDate dia) {
        return FERIADOS.isHoliday(dia);
    }

    public static boolean fimDeSemana(LocalDate dia) {
        return dia.getDayOfWeek() == DayOfWeek.SATURDAY || dia.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static boolean diaUtil(LocalDate dia) {
        return !fimDeSemana(dia) && !feriado(dia);
    }

    /** The day itself when it is a business day, else the next one (a boleto due then is payable then). */
    public static LocalDate proximoDiaUtil(LocalDate dia) {
        LocalDate atual = dia;
        while (!diaUtil(atual)) {
            atual = atual.plusDays(1);
        }
        return atual;
    }
}
