package br.com.nexus.kernel.consulta.financeiro;

import br.com.nexus.kernel.comum.Dinheiro;
import java.time.LocalDate;

/** Net revenue of one day, week (starting on Monday) or month, named by its first day. */
public record ReceitaPorPeriodo(
        LocalDate inicio,
        long quantidade,
        Dinheiro receita) {
}
