package br.com.nexus.kernel.consulta.boleto;

import java.util.List;

/** One page of boletos; {@code total} counts every boleto matching the filters. */
public record PaginaDeBoletos(
        List<BoletoResumo> items,
        int page,
        int size,
        long total) {
}
