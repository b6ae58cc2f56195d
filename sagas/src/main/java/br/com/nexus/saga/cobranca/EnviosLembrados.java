package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link EnviosAoCliente} for one run of a saga handler: the cliente's last message is read once and
 * then follows the run's own claims, instead of one query each time the plan is worked out (four per
 * step). Claims still go to the store, which alone decides them; after a refused claim or a
 * give-back the last message is read again.
 */
final class EnviosLembrados implements EnviosAoCliente {

    private final EnviosAoCliente envios;
    private ClienteId cliente;
    private Optional<Instant> ultimo;

    EnviosLembrados(EnviosAoCliente envios) {
        this.envios = envios;
    }

    @Override
    public Optional<Instant> ultimo(TenantId tenantId, ClienteId clienteId) {
        if (ultimo == null || !clienteId.equals(cliente)) {
            ultimo = envios.ultimo(tenantId, clienteId);
            cliente = clienteId;
        }
        return ultimo;
    }

    @Override
    public boolean reservar(TenantId tenantId, ClienteId clienteId, Instant agora, Duration espacamento) {
        boolean reservado = envios.reservar(tenantId, clienteId, agora, espacamento);
        ultimo = reservado ? Optional.of(agora) : null;
        cliente = clienteId;
        return reservado;
    }

    @Override
    public void devolver(TenantId tenantId, ClienteId clienteId, Instant reservado, Instant anterior) {
        envios.devolver(tenantId, clienteId, reservado, anterior);
        ultimo = null;
    }
}
