package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TenantRepository {

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void inserir(Tenant tenant) {
        jdbc.sql("INSERT INTO tenant (id, nome, plataforma, criado_em) VALUES (?, ?, ?, ?)")
                .params(tenant.id().valor(), tenant.nome(), tenant.plataforma(), Tempo.sql(tenant.criadoEm()))
                .update();
    }

    Optional<Tenant> porId(TenantId id) {
        return jdbc.sql("SELECT * FROM tenant WHERE id = ?").param(id.valor()).query(TenantRepository::tenant)
                .optional();
    }

    /** Locks the tenant row until the transaction ends: serializes changes to its users. */
    void bloquear(TenantId id) {
        jdbc.sql("SELECT id FROM tenant WHERE id = ? FOR UPDATE").param(id.valor()).query(UUID.class).optional();
    }

    List<Tenant> todos() {
        return jdbc.sql("SELECT * FROM tenant ORDER BY criado_em, nome").query(TenantRepository::tenant).list();
    }

    private static Tenant tenant(ResultSet rs, int linha) throws SQLException {
        return new Tenant(new TenantId(rs.getObject("id", UUID.class)), rs.getString("nome"),
                rs.getBoolean("plataforma"), Tempo.instante(rs, "criado_em"));
    }
}
