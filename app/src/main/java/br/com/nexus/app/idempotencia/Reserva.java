package br.com.nexus.app.idempotencia;

import java.util.UUID;

/** What claiming a key found. */
sealed interface Reserva {

    /** The key is this request's: run it, then conclude or release the claim. */
    record Obtida(UUID id) implements Reserva {
    }

    /** The same request is being run by another call right now. */
    record EmAndamento() implements Reserva {
    }

    /** The key was used with another method, path or body. */
    record Divergente() implements Reserva {
    }

    /** The same request already ran: this is its answer. */
    record Concluida(RespostaGuardada resposta) implements Reserva {
    }
}
