package br.com.nexus.kernel.consulta.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import java.util.List;

/** The interactions with one cliente in the order they happened, its lead's steps included. */
public record TimelineCliente(
        ClienteId clienteId,
        List<EventoTimeline> eventos) {
}
