package br.com.nexus.query.execucao;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.execucao.AcompanharExecucaoDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.BuscarExecucaoDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.ExecucaoDownloadDetalhe;
import br.com.nexus.kernel.consulta.execucao.ExecucaoDownloadResumo;
import br.com.nexus.kernel.consulta.execucao.ListarExecucoesDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.PaginaDeExecucoesDownload;
import br.com.nexus.kernel.consulta.execucao.ResultadoClienteDownload;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ExecucaoDownloadInterrompida;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Percentual;
import br.com.nexus.query.comum.Sql;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Portal download runs and their progress, one row per run plus one per cliente outcome; whoever
 * follows a run live gets its new progress on every change.
 */
@Component
@ProcessingGroup(Grupos.LISTAS)
public class ExecucoesDownloadProjection {

    private static final Map<String, String> ORDENACOES = Map.of("iniciadaEm", "t.iniciada_em");
    private static final Ordenacao PADRAO = new Ordenacao("iniciadaEm", true);

    private static final RowMapper<ExecucaoDownloadResumo> RESUMO = (rs, n) -> {
        int total = rs.getInt("total");
        int processados = rs.getInt("processados");
        return new ExecucaoDownloadResumo(
                new ExecucaoDownloadId(Sql.uuid(rs, "execucao_id")),
                rs.getString("ponto_de_venda"),
                Sql.inteiro(rs, "ano"),
                Sql.inteiro(rs, "limite"),
                total,
                processados,
                rs.getInt("sucesso"),
                rs.getInt("erro"),
                rs.getInt("cpf_nao_encontrado"),
                rs.getInt("sem_boleto"),
                rs.getBoolean("em_andamento"),
                Sql.enumeracao(rs, "situacao", SituacaoExecucaoDownload.class),
                Sql.enumeracao(rs, "motivo", MotivoInterrupcao.class),
                rs.getString("detalhe"),
                Percentual.de(processados, total),
                Sql.instante(rs, "iniciada_em"),
                Sql.instante(rs, "concluida_em"),
                Sql.instante(rs, "atualizado_em"));
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final QueryUpdateEmitter atualizacoes;

    public ExecucoesDownloadProjection(NamedParameterJdbcTemplate jdbc, QueryUpdateEmitter atualizacoes) {
        this.jdbc = jdbc;
        this.atualizacoes = atualizacoes;
    }

    @EventHandler
    void on(ExecucaoDownloadIniciada e, EventMessage<?> mensagem) {
        jdbc.update("""
                INSERT INTO consulta_execucao_download (tenant_id, execucao_id, ponto_de_venda, ano, limite, total,
                  iniciada_em, atualizado_em, versao)
                VALUES (:tenant, :execucao, :pontoDeVenda, :ano, :limite, :total, :em, :em,
                  COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, execucao_id) DO NOTHING""",
                parametros(e.tenantId(), e.execucaoId(), Origem.de(mensagem))
                        .addValue("pontoDeVenda", e.pontoDeVenda())
                        .addValue("ano", e.ano(), Types.INTEGER)
                        .addValue("limite", e.limite(), Types.INTEGER)
                        .addValue("total", e.total()));
        avisar(e.tenantId(), e.execucaoId());
    }

    @EventHandler
    void on(ClienteDownloadConcluido e, EventMessage<?> mensagem) {
        Origem origem = Origem.de(mensagem);
        String coluna = switch (e.resultado()) {
            case SUCESSO -> "sucesso";
            case ERRO -> "erro";
            case CPF_NAO_ENCONTRADO -> "cpf_nao_encontrado";
            case SEM_BOLETO -> "sem_boleto";
        };
        atualizar(e.tenantId(), e.execucaoId(), coluna + " = " + coluna + " + 1, "
                + "processados = GREATEST(processados, :processados), total = :total",
                parametros(e.tenantId(), e.execucaoId(), origem)
                        .addValue("processados", e.processados())
                        .addValue("total", e.total()));
        jdbc.update("""
                INSERT INTO consulta_execucao_cliente (tenant_id, execucao_id, cliente_id, resultado, detalhe, arquivo,
                  boleto_id, captura, concluido_em, posicao)
                VALUES (:tenant, :execucao, :cliente, :resultado, :detalhe, :arquivo, :boleto, :captura, :em, :ordem)
                ON CONFLICT (tenant_id, execucao_id, cliente_id) DO NOTHING""",
                parametros(e.tenantId(), e.execucaoId(), origem)
                        .addValue("cliente", e.clienteId().valor())
                        .addValue("resultado", e.resultado().name())
                        .addValue("detalhe", e.detalhe())
                        .addValue("arquivo", e.arquivo())
                        .addValue("boleto", e.boletoId() == null ? null : e.boletoId().valor())
                        .addValue("captura", e.captura())
                        .addValue("ordem", origem.versao(), Types.BIGINT));
    }

    @EventHandler
    void on(ExecucaoDownloadInterrompida e, EventMessage<?> mensagem) {
        atualizar(e.tenantId(), e.execucaoId(), "motivo = :motivo, detalhe = :detalhe, "
                + "processados = GREATEST(processados, :processados)",
                parametros(e.tenantId(), e.execucaoId(), Origem.de(mensagem))
                        .addValue("motivo", Sql.nome(e.motivo()))
                        .addValue("detalhe", e.detalhe())
                        .addValue("processados", e.processados()));
    }

    @EventHandler
    void on(ExecucaoDownloadConcluida e, EventMessage<?> mensagem) {
        MapSqlParameterSource parametros = parametros(e.tenantId(), e.execucaoId(), Origem.de(mensagem))
                .addValue("situacao", Sql.nome(e.situacao()))
                .addValue("motivo", Sql.nome(e.motivo()))
                .addValue("total", e.total());
        String contagem = "";
        if (e.contagem() != null) {
            contagem = ", sucesso = :sucesso, erro = :erro, cpf_nao_encontrado = :cpfNaoEncontrado, "
                    + "sem_boleto = :semBoleto, processados = :processados";
            parametros.addValue("sucesso", e.contagem().sucesso())
                    .addValue("erro", e.contagem().erro())
                    .addValue("cpfNaoEncontrado", e.contagem().cpfNaoEncontrado())
                    .addValue("semBoleto", e.contagem().semBoleto())
                    .addValue("processados", e.contagem().processados());
        }
        atualizar(e.tenantId(), e.execucaoId(), "em_andamento = FALSE, situacao = :situacao, "
                + "motivo = COALESCE(:motivo, motivo), total = :total, concluida_em = :em" + contagem, parametros);
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_execucao_download, consulta_execucao_cliente");
    }

    @QueryHandler
    PaginaDeExecucoesDownload handle(ListarExecucoesDownloadQuery q) {
        ConsultaDeLista consulta = new ConsultaDeLista("consulta_execucao_download", q.tenantId().valor())
                .filtro("t.em_andamento = :emAndamento", "emAndamento", q.emAndamento());
        List<ExecucaoDownloadResumo> itens = consulta.pagina(jdbc, "t.* FROM consulta_execucao_download t",
                ORDENACOES, null, PADRAO, "t.execucao_id", q.page(), q.size(), RESUMO);
        return new PaginaDeExecucoesDownload(itens, q.page(), q.size(), consulta.contar(jdbc));
    }

    @QueryHandler
    Optional<ExecucaoDownloadDetalhe> handle(BuscarExecucaoDownloadQuery q) {
        return resumo(q.tenantId(), q.execucaoId()).map(resumo -> new ExecucaoDownloadDetalhe(resumo, jdbc.query("""
                SELECT r.*, c.nome AS cliente_nome FROM consulta_execucao_cliente r
                LEFT JOIN consulta_cliente c ON c.tenant_id = r.tenant_id AND c.cliente_id = r.cliente_id
                WHERE r.tenant_id = :tenant AND r.execucao_id = :execucao
                ORDER BY r.concluido_em, r.posicao NULLS LAST, r.cliente_id""",
                new Parametros("tenant", q.tenantId().valor()).addValue("execucao", q.execucaoId().valor()),
                (rs, n) -> new ResultadoClienteDownload(
                        new ClienteId(Sql.uuid(rs, "cliente_id")),
                        rs.getString("cliente_nome"),
                        Sql.enumeracao(rs, "resultado", ResultadoDownload.class),
                        rs.getString("detalhe"),
                        rs.getString("arquivo"),
                        Sql.id(rs, "boleto_id", BoletoId::new),
                        rs.getString("captura"),
                        Sql.instante(rs, "concluido_em")))));
    }

    @QueryHandler
    Optional<ExecucaoDownloadResumo> handle(AcompanharExecucaoDownloadQuery q) {
        return resumo(q.tenantId(), q.execucaoId());
    }

    private Optional<ExecucaoDownloadResumo> resumo(TenantId tenant, ExecucaoDownloadId execucao) {
        return jdbc.query("""
                SELECT * FROM consulta_execucao_download WHERE tenant_id = :tenant AND execucao_id = :execucao""",
                new Parametros("tenant", tenant.valor()).addValue("execucao", execucao.valor()), RESUMO)
                .stream().findFirst();
    }

    private void atualizar(TenantId tenant, ExecucaoDownloadId execucao, String atribuicoes,
            MapSqlParameterSource parametros) {
        int alterados = jdbc.update("UPDATE consulta_execucao_download SET " + atribuicoes + ", atualizado_em = :em, "
                + NOVA_VERSAO + " WHERE tenant_id = :tenant AND execucao_id = :execucao AND " + VERSAO_MAIS_NOVA,
                parametros);
        if (alterados > 0) {
            avisar(tenant, execucao);
        }
    }

    /** Sends the run's new progress to whoever follows it; Axon delivers it after the commit. */
    private void avisar(TenantId tenant, ExecucaoDownloadId execucao) {
        AcompanharExecucaoDownloadQuery consulta = new AcompanharExecucaoDownloadQuery(tenant, execucao);
        boolean acompanhada = atualizacoes.activeSubscriptions().stream()
                .map(SubscriptionQueryMessage::getPayload).anyMatch(consulta::equals);
        if (acompanhada) {
            resumo(tenant, execucao).ifPresent(resumo ->
                    atualizacoes.emit(AcompanharExecucaoDownloadQuery.class, consulta::equals, resumo));
        }
    }

    private static MapSqlParameterSource parametros(TenantId tenant, ExecucaoDownloadId execucao, Origem origem) {
        return Sql.parametros(tenant.valor(), origem).addValue("execucao", execucao.valor());
    }
}
