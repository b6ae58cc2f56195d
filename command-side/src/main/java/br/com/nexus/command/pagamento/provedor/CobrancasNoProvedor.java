package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code pagamento_provedor}: how a provider's reference (pay_ id, txid) finds our Pagamento. */
@Repository
public class CobrancasNoProvedor {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public CobrancasNoProvedor(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    public CobrancasNoProvedor(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the reference; a reference already taken in the tenant is a 409. */
    public void registrar(CobrancaNoProvedor cobranca) {
        try {
            jdbc.update("""
                    INSERT INTO pagamento_provedor (tenant_id, provedor, referencia_externa, pagamento_id, boleto_id, criado_em)
                    VALUES (?, ?, ?, ?, ?, ?)""",
                    cobranca.tenantId().valor(), cobranca.provedor().name(), cobranca.referenciaExterna(),
                    cobranca.pagamentoId().valor(), cobranca.boletoId() == null ? null : cobranca.boletoId().valor(),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw DomainException.conflito("REFERENCIA_EXTERNA_EM_USO",
                    "Já existe uma cobrança " + cobranca.provedor() + " com a referência " + cobranca.referenciaExterna());
        }
    }

    /** Undoes {@link #registrar} when the Pagamento could not be created after all. */
    public void remover(TenantId tenant, Provedor provedor, String referenciaExterna) {
        jdbc.update("DELETE FROM pagamento_provedor WHERE tenant_id = ? AND provedor = ? AND referencia_externa = ?",
                tenant.valor(), provedor.name(), referenciaExterna);
    }

    public Optional<CobrancaNoProvedor> porReferencia(TenantId tenant, Provedor provedor, String referenciaExterna) {
        if (referenciaExterna == null || referenciaExterna.isBlank()) {
            return Optional.empty();
        }
        return primeira(jdbc.query("""
                SELECT tenant_id, provedor, referencia_externa, pagamento_id, boleto_id FROM pagamento_provedor
                WHERE tenant_id = ? AND provedor = ? AND referencia_externa = ?""",
                CobrancasNoProvedor::ler, tenant.valor(), provedor.name(), referenciaExterna));
    }

    public Optional<CobrancaNoProvedor> porPagamento(TenantId tenant, PagamentoId pagamentoId) {
        return primeira(jdbc.query("""
                SELECT tenant_id, provedor, referencia_externa, pagamento_id, boleto_id FROM pagamento_provedor
                WHERE tenant_id = ? AND pagamento_id = ?""",
                CobrancasNoProvedor::ler, tenant.valor(), pagamentoId.valor()));
    }

    /** A charge still waiting for the provider's news, and when we opened it. */
    public record CobrancaAguardada(String referenciaExterna, PagamentoId pagamentoId, Instant criadaEm) {
    }

    /**
     * The tenant's charges at {@code provedor} still waiting for their payment — no receipt or
     * removal of theirs was applied from the inbox — of which nothing was heard since
     * {@code semNoticiasDesde} (opened before it, no provider event after it). A Pagamento settled
     * by hand may still be looked up; applying what the provider says then changes nothing, since
     * the aggregate takes one confirmation only.
     */
    public List<CobrancaAguardada> aguardandoNoticias(TenantId tenant, Provedor provedor, Instant semNoticiasDesde) {
        Timestamp desde = Timestamp.from(semNoticiasDesde);
        return jdbc.query("""
                SELECT c.referencia_externa, c.pagamento_id, c.criado_em
                  FROM pagamento_provedor c
                 WHERE c.tenant_id = ? AND c.provedor = ? AND c.criado_em < ?
                   AND NOT EXISTS (SELECT 1 FROM pagamento_evento_provedor f
                                    WHERE f.tenant_id = c.tenant_id AND f.provedor = c.provedor
                                      AND f.referencia = c.referencia_externa AND f.situacao = 'APLICADO'
                                      AND f.tipo IN ('PAYMENT_RECEIVED', 'PAYMENT_CONFIRMED',
                                                     'PAYMENT_RECEIVED_IN_CASH', 'PAYMENT_DELETED'))
                   AND NOT EXISTS (SELECT 1 FROM pagamento_evento_provedor e
                                    WHERE e.tenant_id = c.tenant_id AND e.provedor = c.provedor
                                      AND e.referencia = c.referencia_externa AND e.recebido_em >= ?)""",
                (rs, linha) -> new CobrancaAguardada(rs.getString("referencia_externa"),
                        new PagamentoId(rs.getObject("pagamento_id", UUID.class)),
                        rs.getTimestamp("criado_em").toInstant()),
                tenant.valor(), provedor.name(), desde, desde);
    }

    private static Optional<CobrancaNoProvedor> primeira(List<CobrancaNoProvedor> linhas) {
        return linhas.stream().findFirst();
    }

    private static CobrancaNoProvedor ler(ResultSet rs, int linha) throws SQLException {
        UUID boleto = rs.getObject("boleto_id", UUID.class);
        return new CobrancaNoProvedor(new TenantId(rs.getObject("tenant_id", UUID.class)),
                Provedor.valueOf(rs.getString("provedor")), rs.getString("referencia_externa"),
                new PagamentoId(rs.getObject("pagamento_id", UUID.class)), boleto == null ? null : new BoletoId(boleto));
    }
}
