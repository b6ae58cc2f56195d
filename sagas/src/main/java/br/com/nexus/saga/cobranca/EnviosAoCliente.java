package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the régua last messaged each cliente, for any of its boletos: what keeps two messages to one
 * cliente apart by the régua's minimum spacing even when several of its boletos fall due together.
 */
public interface EnviosAoCliente {

    Optional<Instant> ultimo(TenantId tenantId, ClienteId clienteId);

    /**
     * Claims a message to the cliente at {@code agora}: false when another one was claimed less than
     * {@code espacamento} before. The claim joins the caller's transaction.
     */
    boolean reservar(TenantId tenantId, ClienteId clienteId, Instant agora, Duration espacamento);

    /** Gives back a claim whose message did not go out, restoring the previous last message. */
    void devolver(TenantId tenantId, ClienteId clienteId, Instant reservado, Instant anterior);
}
