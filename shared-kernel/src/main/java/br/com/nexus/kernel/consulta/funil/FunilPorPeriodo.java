package br.com.nexus.kernel.consulta.funil;

import java.time.LocalDate;

/** Leads captured in one bucket of time, and how many of them are converted or lost by now. */
public record FunilPorPeriodo(
        LocalDate inicio,
        long capturados,
        long convertidos,
        long perdidos) {
}
