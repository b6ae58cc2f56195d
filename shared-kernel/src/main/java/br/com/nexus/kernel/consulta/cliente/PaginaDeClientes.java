package br.com.nexus.kernel.consulta.cliente;

import java.util.List;

/** One page of clientes; {@code total} counts every cliente matching the filters. */
public record PaginaDeClientes(
        List<ClienteResumo> items,
        int page,
        int size,
        long total) {
}
