package br.com.nexus.kernel.consulta.pagamento;

import java.util.List;

/** One page of payments; {@code total} counts every payment matching the filters. */
public record PaginaDePagamentos(
        List<PagamentoResumo> items,
        int page,
        int size,
        long total) {
}
