package br.com.nexus.command.portal;

import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ResultadoDownload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code portal_execucao} and its work list {@code portal_execucao_cliente}: which clientes a run
 * covers, which still lack an outcome, and where the run stands. The event store holds the
 * history; these tables hold what a worker needs to carry on after a restart.
 */
@Repository
class ExecucoesNoBanco {

    /** Where a run stands for this node. */
    enum Situacao {
        PENDENTE,
        EM_ANDAMENTO,
        CONCLUIDA,
        INTERROMPIDA,
        EXPIRADA
    }

    record Execucao(ExecucaoDownloadId id, TenantId tenantId, String pontoDeVenda, Integer ano, Integer limite,
                    int total, Situacao situacao) {
    }

    private final JdbcTemplate jdbc;

    ExecucoesNoBanco(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new run and its clientes, in order.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the tenant already has a run going
     */
    void criar(Execucao execucao, List<ClienteDoPortal> clientes, Instant agora) {
        jdbc.update("""
                INSERT INTO portal_execucao (execucao_id, tenant_id, ponto_de_venda, ano, limite, total, situacao,
                  criada_em, atualizada_em) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                execucao.id().valor(), execucao.tenantId().valor(), execucao.pontoDeVenda(), execucao.ano(),
                execucao.limite(), execucao.total(), execucao.situacao().name(), Timestamp.from(agora),
                Timestamp.from(agora));
        jdbc.batchUpdate("""
                INSERT INTO portal_execucao_cliente (execucao_id, ordem, cliente_id, cpf, nome) VALUES (?, ?, ?, ?, ?)""",
                java.util.stream.IntStream.range(0, clientes.size()).boxed().toList(), 500, (ps, ordem) -> {
                    ClienteDoPortal cliente = clientes.get(ordem);
                    ps.setObject(1, execucao.id().valor());
                    ps.setInt(2, ordem);
                    ps.setObject(3, cliente.clienteId().valor());
                    ps.setString(4, cliente.cpf().numero());
                    ps.setString(5, cliente.nome());
                });
    }

    Optional<Execucao> buscar(ExecucaoDownloadId id) {
        return jdbc.query("""
                SELECT execucao_id, tenant_id, ponto_de_venda, ano, limite, total, situacao
                FROM portal_execucao WHERE execucao_id = ?""",
                (rs, i) -> new Execucao(new ExecucaoDownloadId(rs.getObject("execucao_id", UUID.class)),
                        new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("ponto_de_venda"),
                        rs.getObject("ano", Integer.class), rs.getObject("limite", Integer.class), rs.getInt("total"),
                        Situacao.valueOf(rs.getString("situacao"))),
                id.valor()).stream().findFirst();
    }

    /** Moves a run from {@code de} to {@code para}; false when it was not in {@code de}. */
    boolean mudar(ExecucaoDownloadId id, Situacao de, Situacao para, Instant agora) {
        return jdbc.update("UPDATE portal_execucao SET situacao = ?, atualizada_em = ? WHERE execucao_id = ? AND situacao = ?",
                para.name(), Timestamp.from(agora), id.valor(), de.name()) == 1;
    }

    void encerrar(ExecucaoDownloadId id, Situacao situacao, Instant agora) {
        jdbc.update("UPDATE portal_execucao SET situacao = ?, atualizada_em = ? WHERE execucao_id = ?",
                situacao.name(), Timestamp.from(agora), id.valor());
    }

    /**
     * Takes the run for node {@code dono}: granted when it is this node's already, nobody's, or
     * its node has been silent since {@code silenciosaDesde}.
     */
    boolean assumir(ExecucaoDownloadId id, String dono, Instant agora, Instant silenciosaDesde) {
        return jdbc.update("""
                UPDATE portal_execucao SET dono = ?, batida = ? WHERE execucao_id = ? AND situacao = ?
                  AND (dono IS NULL OR dono = ? OR batida IS NULL OR batida < ?)""",
                dono, Timestamp.from(agora), id.valor(), Situacao.EM_ANDAMENTO.name(), dono,
                Timestamp.from(silenciosaDesde)) == 1;
    }

    /** A sign of life of node {@code dono} for the runs it holds. */
    void bater(Collection<ExecucaoDownloadId> ids, String dono, Instant agora) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("UPDATE portal_execucao SET batida = ? WHERE dono = ? AND execucao_id = ANY (?)",
                Timestamp.from(agora), dono, ids.stream().map(ExecucaoDownloadId::valor).toArray(UUID[]::new));
    }

    /** Runs under way whose node has been silent since {@code silenciosaDesde} (or never claimed them). */
    List<ExecucaoDownloadId> abandonadas(Instant silenciosaDesde) {
        return jdbc.queryForList("""
                SELECT execucao_id FROM portal_execucao
                WHERE situacao = ? AND (batida IS NULL OR batida < ?) ORDER BY criada_em""",
                UUID.class, Situacao.EM_ANDAMENTO.name(), Timestamp.from(silenciosaDesde)).stream()
                .map(ExecucaoDownloadId::new).toList();
    }

    /** The clientes of the run still without an outcome, in the run's order. */
    List<ClienteDoPortal> pendentes(ExecucaoDownloadId id) {
        return jdbc.query("""
                SELECT cliente_id, cpf, nome FROM portal_execucao_cliente
                WHERE execucao_id = ? AND resultado IS NULL ORDER BY ordem""",
                (rs, i) -> new ClienteDoPortal(new ClienteId(rs.getObject("cliente_id", UUID.class)),
                        Cpf.of(rs.getString("cpf")), rs.getString("nome")),
                id.valor());
    }

    void registrar(ExecucaoDownloadId id, ClienteId clienteId, ResultadoDownload resultado, String detalhe,
            String arquivo, BoletoId boletoId, String captura, Instant agora) {
        jdbc.update("""
                UPDATE portal_execucao_cliente SET resultado = ?, detalhe = ?, arquivo = ?, boleto_id = ?, captura = ?,
                  concluido_em = ? WHERE execucao_id = ? AND cliente_id = ? AND resultado IS NULL""",
                resultado.name(), detalhe, arquivo, boletoId == null ? null : boletoId.valor(), captura,
                Timestamp.from(agora), id.valor(), clienteId.valor());
    }
}
