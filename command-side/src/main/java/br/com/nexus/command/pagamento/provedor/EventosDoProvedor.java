package br.com.nexus.command.pagamento.provedor;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The inbox of provider webhook events (table {@code pagamento_evento_provedor}). Each insert
 * commits on its own before the provider is answered; the unique key on (provedor, tenant,
 * evento_id) turns a redelivery into a no-op.
 */
@Repository
public class EventosDoProvedor {

    /** Prefix of the id of an event found by reconciliation with the provider rather than sent by webhook. */
    public static final String PREFIXO_CONCILIACAO = "conciliacao:";
    private static final int DETALHE_MAXIMO = 500;
    private static final String COLUNAS = """
            id, provedor, tenant_id, evento_id, tipo, referencia, payload, recebido_em, situacao, tentativas,
            processado_em, pagamento_id, valor_recebido_centavos, data_pagamento, detalhe""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    public EventosDoProvedor(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    public EventosDoProvedor(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the event unless this tenant already has it from this provider; true when it is new. */
    public boolean registrar(Provedor provedor, TenantId tenant, String eventoId, String tipo, String referencia,
            String payload) {
        return registrar(provedor, tenant, eventoId, tipo, referencia, payload, null);
    }

    /**
     * Same, and also a no-op when an event with the same {@code chaveEfeito} (the state it reports,
     * such as "PAYMENT_RECEIVED:pay_123") is stored and not refused: a webhook and a reconciliation
     * poll that saw the same state become one row, whichever came first.
     */
    public boolean registrar(Provedor provedor, TenantId tenant, String eventoId, String tipo, String referencia,
            String payload, String chaveEfeito) {
        // No conflict target: either unique key (event id, or effect key) makes the insert a no-op.
        return jdbc.update("""
                INSERT INTO pagamento_evento_provedor (provedor, tenant_id, evento_id, tipo, referencia, payload,
                  recebido_em, situacao, chave_efeito)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDENTE', ?)
                ON CONFLICT DO NOTHING""",
                provedor.name(), tenant.valor(), eventoId, tipo, referencia, payload,
                Timestamp.from(clock.instant()), chaveEfeito) == 1;
    }

    /**
     * Events due now, oldest first, skipping any whose charge still has an older event waiting:
     * a refund is never applied before the confirmation that came ahead of it.
     */
    public List<EventoDoProvedor> pendentes(int limite) {
        return jdbc.query("SELECT " + COLUNAS + """
                 FROM pagamento_evento_provedor e
                WHERE e.processado_em IS NULL
                  AND (e.proxima_tentativa_em IS NULL OR e.proxima_tentativa_em <= ?)
                  AND NOT EXISTS (SELECT 1 FROM pagamento_evento_provedor a
                                   WHERE a.processado_em IS NULL AND a.tenant_id = e.tenant_id
                                     AND a.provedor = e.provedor AND a.referencia = e.referencia AND a.id < e.id)
                ORDER BY e.id
                LIMIT ?""", EventosDoProvedor::ler, Timestamp.from(clock.instant()), limite);
    }

    /** Settles the event; a second call for the same row changes nothing. */
    public void concluir(long id, SituacaoEvento situacao, PagamentoId pagamentoId, Long valorRecebidoCentavos,
            LocalDate dataPagamento, String detalhe) {
        jdbc.update("""
                UPDATE pagamento_evento_provedor
                   SET situacao = ?, processado_em = ?, tentativas = tentativas + 1, proxima_tentativa_em = NULL,
                       pagamento_id = ?, valor_recebido_centavos = ?, data_pagamento = ?, detalhe = ?
                 WHERE id = ? AND processado_em IS NULL""",
                situacao.name(), Timestamp.from(clock.instant()), pagamentoId == null ? null : pagamentoId.valor(),
                valorRecebidoCentavos, dataPagamento == null ? null : Date.valueOf(dataPagamento), curto(detalhe), id);
    }

    /** Leaves the event pending and due again at {@code quando}. */
    public void adiar(long id, int tentativas, Instant quando, String detalhe) {
        jdbc.update("""
                UPDATE pagamento_evento_provedor SET tentativas = ?, proxima_tentativa_em = ?, detalhe = ?
                 WHERE id = ? AND processado_em IS NULL""",
                tentativas, Timestamp.from(quando), curto(detalhe), id);
    }

    /** Marks a divergent event as accepted by a human; false when it is not (or no longer) divergent. */
    public boolean aceitar(TenantId tenant, long id, String detalhe) {
        return jdbc.update("""
                UPDATE pagamento_evento_provedor SET situacao = 'ACEITO', detalhe = ?
                 WHERE id = ? AND tenant_id = ? AND situacao = 'DIVERGENTE'""",
                curto(detalhe), id, tenant.valor()) == 1;
    }

    public Optional<EventoDoProvedor> buscar(TenantId tenant, long id) {
        return jdbc.query("SELECT " + COLUNAS + " FROM pagamento_evento_provedor WHERE id = ? AND tenant_id = ?",
                EventosDoProvedor::ler, id, tenant.valor()).stream().findFirst();
    }

    public Optional<EventoDoProvedor> buscar(Provedor provedor, TenantId tenant, String eventoId) {
        return jdbc.query("SELECT " + COLUNAS
                        + " FROM pagamento_evento_provedor WHERE provedor = ? AND tenant_id = ? AND evento_id = ?",
                EventosDoProvedor::ler, provedor.name(), tenant.valor(), eventoId).stream().findFirst();
    }

    /** A page of the tenant's events, newest first, optionally of one situation and one provider. */
    public List<EventoDoProvedor> listar(TenantId tenant, SituacaoEvento situacao, Provedor provedor, int pagina,
            int tamanho) {
        List<Object> parametros = new ArrayList<>();
        String where = filtro(tenant, situacao, provedor, parametros);
        parametros.add(tamanho);
        parametros.add((long) pagina * tamanho);
        return jdbc.query("SELECT " + COLUNAS + " FROM pagamento_evento_provedor " + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?", EventosDoProvedor::ler, parametros.toArray());
    }

    public long contar(TenantId tenant, SituacaoEvento situacao, Provedor provedor) {
        List<Object> parametros = new ArrayList<>();
        String where = filtro(tenant, situacao, provedor, parametros);
        Long total = jdbc.queryForObject("SELECT count(*) FROM pagamento_evento_provedor " + where, Long.class,
                parametros.toArray());
        return total == null ? 0 : total;
    }

    private static String filtro(TenantId tenant, SituacaoEvento situacao, Provedor provedor, List<Object> parametros) {
        StringBuilder where = new StringBuilder("WHERE tenant_id = ?");
        parametros.add(tenant.valor());
        if (situacao != null) {
            where.append(" AND situacao = ?");
            parametros.add(situacao.name());
        }
        if (provedor != null) {
            where.append(" AND provedor = ?");
            parametros.add(provedor.name());
        }
        return where.toString();
    }

    private static String curto(String detalhe) {
        if (detalhe == null || detalhe.length() <= DETALHE_MAXIMO) {
            return detalhe;
        }
        return detalhe.substring(0, DETALHE_MAXIMO - 1) + "…";
    }

    private static EventoDoProvedor ler(ResultSet rs, int linha) throws SQLException {
        UUID pagamento = rs.getObject("pagamento_id", UUID.class);
        Timestamp processado = rs.getTimestamp("processado_em");
        LocalDate data = rs.getObject("data_pagamento", LocalDate.class);
        long valor = rs.getLong("valor_recebido_centavos");
        Long valorRecebido = rs.wasNull() ? null : valor;
        return new EventoDoProvedor(rs.getLong("id"), Provedor.valueOf(rs.getString("provedor")),
                new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("evento_id"), rs.getString("tipo"),
                rs.getString("referencia"), rs.getString("payload"), rs.getTimestamp("recebido_em").toInstant(),
                SituacaoEvento.valueOf(rs.getString("situacao")), rs.getInt("tentativas"),
                processado == null ? null : processado.toInstant(), pagamento == null ? null : new PagamentoId(pagamento),
                valorRecebido, data, rs.getString("detalhe"));
    }
}
