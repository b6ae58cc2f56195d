package br.com.nexus.kernel.consulta.disparo;

import java.util.List;

/** One page of dispatches; {@code total} counts every dispatch matching the filters. */
public record PaginaDeDisparos(
        List<DisparoResumo> items,
        int page,
        int size,
        long total) {
}
