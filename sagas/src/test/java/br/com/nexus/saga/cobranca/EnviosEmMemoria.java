package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link EnviosAoCliente} in memory, with the same claim rule as the database one. */
class EnviosEmMemoria implements EnviosAoCliente {

    private final Map<String, Instant> ultimos = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> ultimo(TenantId tenantId, ClienteId clienteId) {
        return Optional.ofNullable(ultimos.get(chave(tenantId, clienteId)));
    }

    @Override
    public synchronized boolean reservar(TenantId tenantId, ClienteId clienteId, Instant agora, Duration espacamento) {
        Instant ultimo = ultimos.get(chave(tenantId, clienteId));
        if (ultimo != null && ultimo.isAfter(agora.minus(espacamento))) {
            return false;
        }
        ultimos.put(chave(tenantId, clienteId), agora);
        return true;
    }

    @Override
    public synchronized void devolver(TenantId tenantId, ClienteId clienteId, Instant reservado, Instant anterior) {
        if (reservado.equals(ultimos.get(chave(tenantId, clienteId)))) {
            if (anterior == null) {
                ultimos.remove(chave(tenantId, clienteId));
            } else {
                ultimos.put(chave(tenantId, clienteId), anterior);
            }
        }
    }

    void registrar(TenantId tenantId, ClienteId clienteId, Instant quando) {
        ultimos.put(chave(tenantId, clienteId), quando);
    }

    private static String chave(TenantId tenantId, ClienteId clienteId) {
        return tenantId + "/" + clienteId;
    }
}
