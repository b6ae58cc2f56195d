package br.com.nexus.kernel.consulta.financeiro;

import br.com.nexus.kernel.comum.Dinheiro;

/** How many payments and their amount. */
public record TotalPagamentos(
        long quantidade,
        Dinheiro valor) {
}
