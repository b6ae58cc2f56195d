package br.com.nexus.kernel.consulta.financeiro;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.pagamento.MetodoPagamento;

/** Net revenue of one payment method; {@code metodo} is null for payments whose method is unknown. */
public record ReceitaPorMetodo(
        MetodoPagamento metodo,
        long quantidade,
        Dinheiro receita) {
}
