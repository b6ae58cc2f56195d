package br.com.nexus.saga.cobranca;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link EnviosAoCliente} in PostgreSQL ({@code cobranca_envio_cliente}), claimed with one atomic upsert. */
@Component
class EnviosAoClienteNoBanco implements EnviosAoCliente {

    private final JdbcTemplate jdbc;

    EnviosAoClienteNoBanco(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> ultimo(TenantId tenantId, ClienteId clienteId) {
        return jdbc.query("SELECT ultimo_envio FROM cobranca_envio_cliente WHERE tenant_id = ? AND cliente_id = ?",
                (rs, n) -> rs.getTimestamp(1).toInstant(), tenantId.valor(), clienteId.valor()).stream().findFirst();
    }

    @Override
    public boolean reservar(TenantId tenantId, ClienteId clienteId, Instant agora, Duration espacamento) {
        return jdbc.update("""
                INSERT INTO cobranca_envio_cliente (tenant_id, cliente_id, ultimo_envio) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id, cliente_id) DO UPDATE SET ultimo_envio = EXCLUDED.ultimo_envio
                WHERE cobranca_envio_cliente.ultimo_envio <= ?""",
                tenantId.valor(), clienteId.valor(), Timestamp.from(agora), Timestamp.from(agora.minus(espacamento))) == 1;
    }

    @Override
    public void devolver(TenantId tenantId, ClienteId clienteId, Instant reservado, Instant anterior) {
        if (anterior == null) {
            jdbc.update("DELETE FROM cobranca_envio_cliente WHERE tenant_id = ? AND cliente_id = ? AND ultimo_envio = ?",
                    tenantId.valor(), clienteId.valor(), Timestamp.from(reservado));
        } else {
            jdbc.update("""
                    UPDATE cobranca_envio_cliente SET ultimo_envio = ?
                    WHERE tenant_id = ? AND cliente_id = ? AND ultimo_envio = ?""",
                    Timestamp.from(anterior), tenantId.valor(), clienteId.valor(), Timestamp.from(reservado));
        }
    }
}
