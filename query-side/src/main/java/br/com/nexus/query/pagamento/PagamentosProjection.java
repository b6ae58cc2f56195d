package br.com.nexus.query.pagamento;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.pagamento.BuscarPagamentoQuery;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import br.com.nexus.kernel.consulta.pagamento.PaginaDePagamentos;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Sql;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The list of payments: one row per payment in {@code consulta_pagamento}. A confirmation whose
 * opening the read model never saw still shows, with what the confirmation tells.
 */
@Component
@ProcessingGroup(Grupos.LISTAS)
public class PagamentosProjection {

    static final Map<String, String> ORDENACOES = Map.of(
            "criadoEm", "t.criado_em",
            "atualizadoEm", "t.atualizado_em",
            "dataPagamento", "t.data_pagamento",
            "valor", "t.valor_centavos");
    private static final Ordenacao PADRAO = new Ordenacao("criadoEm", true);

    /** Reads a {@code consulta_pagamento} row; other read models of the group show payments too. */
    public static final RowMapper<PagamentoResumo> LINHA = (rs, n) -> new PagamentoResumo(
            new PagamentoId(Sql.uuid(rs, "pagamento_id")),
            Sql.id(rs, "boleto_id", BoletoId::new),
            Sql.id(rs, "cliente_id", ClienteId::new),
            Sql.enumeracao(rs, "provedor", Provedor.class),
            rs.getString("referencia_externa"),
            Sql.enumeracao(rs, "metodo", MetodoPagamento.class),
            Sql.enumeracao(rs, "status", StatusPagamento.class),
            Sql.dinheiro(rs, "valor_centavos"),
            Sql.dinheiro(rs, "valor_pago_centavos"),
            Sql.dinheiro(rs, "valor_estornado_centavos"),
            Sql.data(rs, "data_pagamento"),
            rs.getString("motivo"),
            Sql.instante(rs, "criado_em"),
            Sql.instante(rs, "atualizado_em"));

    private final NamedParameterJdbcTemplate jdbc;

    public PagamentosProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PagamentoCriado e, EventMessage<?> mensagem) {
        jdbc.update("""
                INSERT INTO consulta_pagamento (tenant_id, pagamento_id, boleto_id, cliente_id, provedor,
                  referencia_externa, metodo, status, valor_centavos, criado_em, atualizado_em, versao)
                VALUES (:tenant, :pagamento, :boleto, :cliente, :provedor, :referencia, :metodo, 'PENDENTE', :valor,
                  :em, :em, COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, pagamento_id) DO NOTHING""",
                parametros(e.tenantId().valor(), e.pagamentoId(), Origem.de(mensagem))
                        .addValue("boleto", e.boletoId() == null ? null : e.boletoId().valor())
                        .addValue("cliente", e.clienteId() == null ? null : e.clienteId().valor())
                        .addValue("provedor", Sql.nome(e.provedor()))
                        .addValue("referencia", e.referenciaExterna())
                        .addValue("metodo", Sql.nome(e.metodo()))
                        .addValue("valor", e.valor() == null ? null : e.valor().centavos()));
    }

    @EventHandler
    void on(PagamentoConfirmado e, EventMessage<?> mensagem) {
        Origem origem = Origem.de(mensagem);
        MapSqlParameterSource parametros = parametros(e.tenantId().valor(), e.pagamentoId(), origem)
                .addValue("boleto", e.boletoId() == null ? null : e.boletoId().valor())
                .addValue("valorPago", e.valorPago() == null ? null : e.valorPago().centavos())
                .addValue("data", e.dataPagamento());
        jdbc.update("""
                INSERT INTO consulta_pagamento (tenant_id, pagamento_id, boleto_id, status, valor_pago_centavos,
                  data_pagamento, atualizado_em, versao)
                VALUES (:tenant, :pagamento, :boleto, 'CONFIRMADO', :valorPago, :data, :em,
                  COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, pagamento_id) DO UPDATE SET status = 'CONFIRMADO',
                  boleto_id = COALESCE(consulta_pagamento.boleto_id, EXCLUDED.boleto_id),
                  valor_pago_centavos = EXCLUDED.valor_pago_centavos, data_pagamento = EXCLUDED.data_pagamento,
                  atualizado_em = EXCLUDED.atualizado_em,
                  versao = COALESCE(CAST(:versao AS BIGINT), consulta_pagamento.versao)
                WHERE consulta_pagamento.versao
                  < COALESCE(CAST(:versao AS BIGINT), consulta_pagamento.versao + 1)""", parametros);
    }

    @EventHandler
    void on(PagamentoRecusado e, EventMessage<?> mensagem) {
        atualizar("status = 'RECUSADO', motivo = :motivo",
                parametros(e.tenantId().valor(), e.pagamentoId(), Origem.de(mensagem)).addValue("motivo", e.motivo()));
    }

    @EventHandler
    void on(PagamentoEstornado e, EventMessage<?> mensagem) {
        atualizar("""
                status = 'ESTORNADO', motivo = :motivo,
                valor_estornado_centavos = COALESCE(valor_estornado_centavos, 0) + :valor""",
                parametros(e.tenantId().valor(), e.pagamentoId(), Origem.de(mensagem))
                        .addValue("motivo", e.motivo())
                        .addValue("valor", e.valor() == null ? 0L : e.valor().centavos()));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_pagamento");
    }

    @QueryHandler
    PaginaDePagamentos handle(ListarPagamentosQuery q) {
        ConsultaDeLista consulta = filtros(q);
        List<PagamentoResumo> itens = consulta.pagina(jdbc, "t.* FROM consulta_pagamento t", ORDENACOES,
                q.ordenacao(), PADRAO, "t.pagamento_id", q.page(), q.size(), LINHA);
        return new PaginaDePagamentos(itens, q.page(), q.size(), consulta.contar(jdbc));
    }

    @QueryHandler
    Optional<PagamentoResumo> handle(BuscarPagamentoQuery q) {
        return jdbc.query("SELECT t.* FROM consulta_pagamento t WHERE t.tenant_id = :tenant"
                + " AND t.pagamento_id = :pagamento", new MapSqlParameterSource("tenant", q.tenantId().valor())
                .addValue("pagamento", q.pagamentoId().valor()), LINHA).stream().findFirst();
    }

    /** The list's filters, also used by the spreadsheet export; paging and order are left out. */
    public static ConsultaDeLista filtros(ListarPagamentosQuery q) {
        return new ConsultaDeLista("consulta_pagamento", q.tenantId().valor())
                .filtro("t.status = :status", "status", Sql.nome(q.status()))
                .filtro("t.metodo = :metodo", "metodo", Sql.nome(q.metodo()))
                .filtro("t.provedor = :provedor", "provedor", Sql.nome(q.provedor()))
                .filtro("t.boleto_id = :boleto", "boleto", q.boletoId() == null ? null : q.boletoId().valor())
                .filtro("t.cliente_id = :cliente", "cliente", q.clienteId() == null ? null : q.clienteId().valor())
                .filtro("t.data_pagamento >= :de", "de", q.pagoDe())
                .filtro("t.data_pagamento <= :ate", "ate", q.pagoAte());
    }

    private void atualizar(String atribuicoes, MapSqlParameterSource parametros) {
        jdbc.update("UPDATE consulta_pagamento SET " + atribuicoes + ", atualizado_em = :em, " + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND pagamento_id = :pagamento AND " + VERSAO_MAIS_NOVA, parametros);
    }

    private static MapSqlParameterSource parametros(UUID tenant, PagamentoId pagamento, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("pagamento", pagamento.valor());
    }
}
