package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code asaas_cliente}: the Asaas customer (cus_ id) of each of our clientes. */
@Repository
class ClientesAsaas {

    private final JdbcTemplate jdbc;

    ClientesAsaas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> buscar(TenantId tenant, ClienteId cliente) {
        return jdbc.queryForList("SELECT customer_id FROM asaas_cliente WHERE tenant_id = ? AND cliente_id = ?",
                String.class, tenant.valor(), cliente.valor()).stream().findFirst();
    }

    void guardar(TenantId tenant, ClienteId cliente, String customerId) {
        jdbc.update("""
                INSERT INTO asaas_cliente (tenant_id, cliente_id, customer_id, criado_em) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, cliente_id) DO NOTHING""",
                tenant.valor(), cliente.valor(), customerId, Timestamp.from(Instant.now()));
    }
}
