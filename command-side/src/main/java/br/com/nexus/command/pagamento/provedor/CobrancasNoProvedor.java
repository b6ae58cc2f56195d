package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
        registrar(cobranca, null);
    }

    /** Same, with the charge's due date (null when it has none), which the reconciliation goes by. */
    public void registrar(CobrancaNoProvedor cobranca, LocalDate vencimento) {
        try {
            jdbc.update("""
                    INSERT INTO pagamento_provedor (tenant_id, provedor, referencia_externa, pagamento_id, boleto_id, criado_em,
                      vencimento)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    cobranca.tenantId().valor(), cobranca.provedor().name(), cobranca.referenciaExterna(),
                    cobranca.pagamentoId().valor(), cobranca.boletoId() == null ? null : cobranca.boletoId().valor(),
                    Timestamp.from(clock.instant()), vencimento == null ? null : Date.valueOf(vencimento));
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

    /** A charge to check with its provider: still awaiting payment, or paid ({@code paga}) and still refundable. */
    public record CobrancaAConciliar(String referenciaExterna, PagamentoId pagamentoId, LocalDate vencimento,
                                     boolean paga) {
    }

    /**
     * Which charges are due a check with the provider. {@code semNoticiasDesde}: a charge opened or
     * heard from since then is left alone (its webhook may still come). {@code vencidasAntesDe}: an
     * unpaid charge due before that day is checked; one not yet due (or without a due date) only when
     * nothing was heard of it since {@code antesDoVencimentoSemNoticiasDesde}. {@code pagasDesde}: a
     * paid charge is checked for refunds and chargebacks while its receipt was applied after that.
     */
    public record Criterios(Instant semNoticiasDesde, LocalDate vencidasAntesDe,
                            Instant antesDoVencimentoSemNoticiasDesde, Instant pagasDesde) {
    }

    /**
     * The tenant's charges at {@code provedor} to check, by {@code criterios}. A charge whose
     * removal, refund or chargeback was applied from the inbox is settled and never checked again.
     */
    public List<CobrancaAConciliar> aConciliar(TenantId tenant, Provedor provedor, Criterios criterios) {
        return jdbc.query("""
                WITH cobranca AS (
                  SELECT c.referencia_externa, c.pagamento_id, c.vencimento,
                         greatest(c.criado_em, (SELECT max(e.recebido_em) FROM pagamento_evento_provedor e
                                                 WHERE e.tenant_id = c.tenant_id AND e.provedor = c.provedor
                                                   AND e.referencia = c.referencia_externa)) AS ultima_noticia,
                         (SELECT max(r.processado_em) FROM pagamento_evento_provedor r
                           WHERE r.tenant_id = c.tenant_id AND r.provedor = c.provedor
                             AND r.referencia = c.referencia_externa AND r.situacao IN ('APLICADO', 'ACEITO')
                             AND r.tipo IN ('PAYMENT_RECEIVED', 'PAYMENT_CONFIRMED', 'PAYMENT_RECEIVED_IN_CASH',
                                            'PAYMENT_DUNNING_RECEIVED')) AS paga_em
                    FROM pagamento_provedor c
                   WHERE c.tenant_id = ? AND c.provedor = ?
                     AND NOT EXISTS (SELECT 1 FROM pagamento_evento_provedor f
                                      WHERE f.tenant_id = c.tenant_id AND f.provedor = c.provedor
                                        AND f.referencia = c.referencia_externa AND f.situacao = 'APLICADO'
                                        AND f.tipo IN ('PAYMENT_DELETED', 'PAYMENT_REFUNDED',
                                                       'PAYMENT_CHARGEBACK_REQUESTED', 'PAYMENT_CHARGEBACK_DISPUTE')))
                SELECT referencia_externa, pagamento_id, vencimento, paga_em IS NOT NULL AS paga
                  FROM cobranca
                 WHERE ultima_noticia < ?
                   AND CASE WHEN paga_em IS NOT NULL THEN paga_em >= ?
                            ELSE vencimento < ? OR ultima_noticia < ? END
                 ORDER BY referencia_externa""",
                (rs, linha) -> new CobrancaAConciliar(rs.getString("referencia_externa"),
                        new PagamentoId(rs.getObject("pagamento_id", UUID.class)),
                        rs.getObject("vencimento", LocalDate.class), rs.getBoolean("paga")),
                tenant.valor(), provedor.name(), Timestamp.from(criterios.semNoticiasDesde()),
                Timestamp.from(criterios.pagasDesde()), Date.valueOf(criterios.vencidasAntesDe()),
                Timestamp.from(criterios.antesDoVencimentoSemNoticiasDesde()));
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
