package br.com.nexus.command.whatsapp.modelo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant's message template; {@code padrao} marks the one dispatches use when none is named. */
public record ModeloMensagem(UUID id, String nome, List<String> variantes, boolean padrao, Instant criadoEm,
                             Instant atualizadoEm) {
}
