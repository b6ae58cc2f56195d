package br.com.nexus.query.financeiro;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.consulta.financeiro.BuscarFinanceiroQuery;
import br.com.nexus.kernel.consulta.financeiro.Financeiro;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorMetodo;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorPeriodo;
import br.com.nexus.kernel.consulta.financeiro.TotalPagamentos;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoEstornado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.PagamentoRecusado;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Percentual;
import br.com.nexus.query.comum.Sql;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Revenue: one row per payment. Revenue is what confirmed payments brought on their payment date,
 * minus what was refunded of them; a confirmation without a known payment date counts on the
 * business day it was reported.
 */
@Component
@ProcessingGroup(Grupos.FINANCEIRO)
public class FinanceiroProjection {

    private static final String PAGOS_NO_PERIODO = """
            FROM financeiro_pagamento WHERE tenant_id = :tenant AND status IN ('CONFIRMADO', 'ESTORNADO')
              AND data_pagamento BETWEEN :de AND :ate""";
    private static final String LIQUIDO = "valor_pago_centavos - valor_estornado_centavos";

    private final NamedParameterJdbcTemplate jdbc;
    private final Calendario calendario;

    public FinanceiroProjection(NamedParameterJdbcTemplate jdbc, Calendario calendario) {
        this.jdbc = jdbc;
        this.calendario = calendario;
    }

    @EventHandler
    void on(PagamentoCriado e, EventMessage<?> mensagem) {
        jdbc.update("""
                INSERT INTO financeiro_pagamento (tenant_id, pagamento_id, metodo, status, valor_centavos, criado_em, versao)
                VALUES (:tenant, :pagamento, :metodo, 'PENDENTE', :valor, :em, COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, pagamento_id) DO NOTHING""",
                parametros(e.tenantId().valor(), e.pagamentoId(), Origem.de(mensagem))
                        .addValue("metodo", Sql.nome(e.metodo()))
                        .addValue("valor", e.valor() == null ? 0L : e.valor().centavos()));
    }

    @EventHandler
    void on(PagamentoConfirmado e, EventMessage<?> mensagem) {
        Origem origem = Origem.de(mensagem);
        jdbc.update("""
                INSERT INTO financeiro_pagamento (tenant_id, pagamento_id, status, valor_pago_centavos, data_pagamento,
                  versao)
                VALUES (:tenant, :pagamento, 'CONFIRMADO', :valorPago, :data, COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, pagamento_id) DO UPDATE SET status = 'CONFIRMADO',
                  valor_pago_centavos = EXCLUDED.valor_pago_centavos, data_pagamento = EXCLUDED.data_pagamento,
                  versao = COALESCE(CAST(:versao AS BIGINT), financeiro_pagamento.versao)
                WHERE financeiro_pagamento.versao
                  < COALESCE(CAST(:versao AS BIGINT), financeiro_pagamento.versao + 1)""",
                parametros(e.tenantId().valor(), e.pagamentoId(), origem)
                        .addValue("valorPago", e.valorPago() == null ? 0L : e.valorPago().centavos())
                        .addValue("data", e.dataPagamento() != null ? e.dataPagamento()
                                : calendario.data(origem.ocorridoEm())));
    }

    @EventHandler
    void on(PagamentoRecusado e, EventMessage<?> mensagem) {
        atualizar("status = 'RECUSADO'", parametros(e.tenantId().valor(), e.pagamentoId(), Origem.de(mensagem)));
    }

    @EventHandler
    void on(PagamentoEstornado e, EventMessage<?> mensagem) {
        atualizar("status = 'ESTORNADO', valor_estornado_centavos = LEAST(valor_pago_centavos, valor_estornado_centavos + :valor)",
                parametros(e.tenantId().valor(), e.pagamentoId(), Origem.de(mensagem))
                        .addValue("valor", e.valor() == null ? 0L : e.valor().centavos()));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE financeiro_pagamento");
    }

    @QueryHandler
    Financeiro handle(BuscarFinanceiroQuery q) {
        long dias = ChronoUnit.DAYS.between(q.de(), q.ate()) + 1;
        LocalDate anteriorAte = q.de().minusDays(1);
        LocalDate anteriorDe = anteriorAte.minusDays(dias - 1);
        MapSqlParameterSource periodo = periodo(q, q.de(), q.ate());

        TotalPagamentos receita = total("count(*)", "sum(" + LIQUIDO + ")", PAGOS_NO_PERIODO, periodo);
        TotalPagamentos anterior = total("count(*)", "sum(" + LIQUIDO + ")", PAGOS_NO_PERIODO,
                periodo(q, anteriorDe, anteriorAte));
        TotalPagamentos confirmados = total("count(*)", "sum(valor_pago_centavos)", PAGOS_NO_PERIODO, periodo);
        TotalPagamentos estornados = total("count(*) FILTER (WHERE status = 'ESTORNADO')",
                "sum(valor_estornado_centavos)", PAGOS_NO_PERIODO, periodo);
        String criadosNoPeriodo = """
                FROM financeiro_pagamento WHERE tenant_id = :tenant AND status = :status
                  AND criado_em >= :inicio AND criado_em < :fim""";
        TotalPagamentos pendentes = total("count(*)", "sum(valor_centavos)", criadosNoPeriodo,
                new Parametros(periodo.getValues()).addValue("status", "PENDENTE"));
        TotalPagamentos recusados = total("count(*)", "sum(valor_centavos)", criadosNoPeriodo,
                new Parametros(periodo.getValues()).addValue("status", "RECUSADO"));

        List<ReceitaPorMetodo> porMetodo = jdbc.query("SELECT metodo, count(*) AS n, COALESCE(sum(" + LIQUIDO
                        + "), 0) AS receita " + PAGOS_NO_PERIODO + " GROUP BY metodo ORDER BY receita DESC, metodo",
                periodo, (rs, n) -> new ReceitaPorMetodo(Sql.enumeracao(rs, "metodo", MetodoPagamento.class),
                        rs.getLong("n"), Dinheiro.deCentavos(Math.max(0, rs.getLong("receita")))));

        return new Financeiro(q.de(), q.ate(), receita.valor(), anteriorDe, anteriorAte, anterior.valor(),
                Percentual.crescimento(receita.valor().centavos(), anterior.valor().centavos()),
                confirmados, pendentes, recusados, estornados, porMetodo,
                serie(q, Agrupamento.DIA, periodo), serie(q, Agrupamento.SEMANA, periodo),
                serie(q, Agrupamento.MES, periodo));
    }

    private MapSqlParameterSource periodo(BuscarFinanceiroQuery q, LocalDate de, LocalDate ate) {
        return new Parametros("tenant", q.tenantId().valor())
                .addValue("de", de)
                .addValue("ate", ate)
                .addValue("inicio", Sql.instante(calendario.inicio(de)))
                .addValue("fim", Sql.instante(calendario.fim(ate)));
    }

    private TotalPagamentos total(String contagem, String soma, String origem, MapSqlParameterSource parametros) {
        return jdbc.queryForObject("SELECT " + contagem + " AS n, COALESCE(" + soma + ", 0) AS valor " + origem,
                parametros, (rs, n) -> new TotalPagamentos(rs.getLong("n"),
                        Dinheiro.deCentavos(Math.max(0, rs.getLong("valor")))));
    }

    private List<ReceitaPorPeriodo> serie(BuscarFinanceiroQuery q, Agrupamento agrupamento,
            MapSqlParameterSource periodo) {
        Map<LocalDate, ReceitaPorPeriodo> encontrados = new HashMap<>();
        jdbc.query("SELECT CAST(date_trunc(:unidade, CAST(data_pagamento AS TIMESTAMP)) AS DATE) AS inicio, count(*) AS n, COALESCE(sum("
                        + LIQUIDO + "), 0) AS receita " + PAGOS_NO_PERIODO + " GROUP BY 1",
                new Parametros(periodo.getValues()).addValue("unidade", Calendario.unidade(agrupamento)),
                rs -> {
                    LocalDate inicio = Sql.data(rs, "inicio");
                    encontrados.put(inicio, new ReceitaPorPeriodo(inicio, rs.getLong("n"),
                            Dinheiro.deCentavos(Math.max(0, rs.getLong("receita")))));
                });
        return Calendario.baldes(q.de(), q.ate(), agrupamento).stream()
                .map(inicio -> encontrados.getOrDefault(inicio, new ReceitaPorPeriodo(inicio, 0, Dinheiro.ZERO)))
                .toList();
    }

    private void atualizar(String atribuicoes, MapSqlParameterSource parametros) {
        jdbc.update("UPDATE financeiro_pagamento SET " + atribuicoes + ", " + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND pagamento_id = :pagamento AND " + VERSAO_MAIS_NOVA, parametros);
    }

    private static MapSqlParameterSource parametros(UUID tenant, PagamentoId pagamento, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("pagamento", pagamento.valor());
    }
}
