package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.kernel.comum.TenantId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code asaas_conciliacao_tenant}: how often each tenant's key has asked Asaas, kept in the
 * database so that a restart neither forgets a pause Asaas asked for nor polls more than allowed.
 */
@Repository
public class RitmoDaConciliacaoAsaas {

    private final JdbcTemplate jdbc;

    public RitmoDaConciliacaoAsaas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> pausadoAte(TenantId tenant) {
        return jdbc.query("SELECT pausado_ate FROM asaas_conciliacao_tenant WHERE tenant_id = ?",
                (rs, linha) -> rs.getTimestamp("pausado_ate"), tenant.valor()).stream()
                .filter(Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    /** Counts a run on {@code dia}; false, and nothing counted, when the day already had {@code maximo}. */
    boolean iniciarRodada(TenantId tenant, LocalDate dia, int maximo) {
        return jdbc.update("""
                INSERT INTO asaas_conciliacao_tenant AS t (tenant_id, dia, rodadas) VALUES (?, ?, 1)
                ON CONFLICT (tenant_id) DO UPDATE
                   SET rodadas = CASE WHEN t.dia = EXCLUDED.dia THEN t.rodadas + 1 ELSE 1 END, dia = EXCLUDED.dia
                 WHERE t.dia <> EXCLUDED.dia OR t.rodadas < ?""",
                tenant.valor(), Date.valueOf(dia), maximo) == 1;
    }

    void pausar(TenantId tenant, LocalDate dia, Instant ate) {
        jdbc.update("""
                INSERT INTO asaas_conciliacao_tenant AS t (tenant_id, pausado_ate, dia, rodadas) VALUES (?, ?, ?, 0)
                ON CONFLICT (tenant_id) DO UPDATE SET pausado_ate = EXCLUDED.pausado_ate""",
                tenant.valor(), Timestamp.from(ate), Date.valueOf(dia));
    }
}
