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

        // Each sum below reads the period's payments; they are taken in as few passes as the figures allow.
        Pagos pagos = pagos(periodo);
        TotalPagamentos anterior = total("count(*)", "sum(" + LIQUIDO + ")", PAGOS_NO_PERIODO,
                periodo(q, anteriorDe, anteriorAte));
        Map<String, TotalPagamentos> criados = criadosNoPeriodo(periodo);
        TotalPagamentos nenhum = new TotalPagamentos(0, Dinheiro.ZERO);

        List<ReceitaPorMetodo> porMetodo = jdbc.query("SELECT metodo, count(*) AS n, COALESCE(sum(" + LIQUIDO
                        + "), 0) AS receita " + PAGOS_NO_PERIODO + " GROUP BY metodo ORDER BY receita DESC, metodo",
                periodo, (rs, n) -> new ReceitaPorMetodo(Sql.enumeracao(rs, "metodo", MetodoPagamento.class),
                        rs.getLong("n"), Dinheiro.deCentavos(Math.max(0, rs.getLong("receita")))));

        Map<LocalDate, long[]> porDia = receitaPorDia(periodo);
        return new Financeiro(q.de(), q.ate(), pagos.receita().valor(), anteriorDe, anteriorAte, anterior.valor(),
                Percentual.crescimento(pagos.receita().valor().centavos(), anterior.valor().centavos()),
                pagos.confirmados(), criados.getOrDefault("PENDENTE", nenhum),
                criados.getOrDefault("RECUSADO", nenhum), pagos.estornados(), porMetodo,
                serie(q, Agrupamento.DIA, porDia), serie(q, Agrupamento.SEMANA, porDia),
                serie(q, Agrupamento.MES, porDia));
    }

    /** The period's paid payments: net revenue, what was confirmed and what was refunded, in one pass. */
    private record Pagos(TotalPagamentos receita, TotalPagamentos confirmados, TotalPagamentos estornados) {
    }

    private Pagos pagos(MapSqlParameterSource periodo) {
        return jdbc.queryForObject("SELECT count(*) AS n, COALESCE(sum(" + LIQUIDO + "), 0) AS liquido,"
                        + " COALESCE(sum(valor_pago_centavos), 0) AS pago,"
                        + " count(*) FILTER (WHERE status = 'ESTORNADO') AS estornados,"
                        + " COALESCE(sum(valor_estornado_centavos), 0) AS estornado " + PAGOS_NO_PERIODO,
                periodo, (rs, n) -> new Pagos(
                        totalPagamentos(rs.getLong("n"), rs.getLong("liquido")),
                        totalPagamentos(rs.getLong("n"), rs.getLong("pago")),
                        totalPagamentos(rs.getLong("estornados"), rs.getLong("estornado"))));
    }

    /** Payments created in the period that are still pending or were refused, by status, in one pass. */
    private Map<String, TotalPagamentos> criadosNoPeriodo(MapSqlParameterSource periodo) {
        Map<String, TotalPagamentos> porSituacao = new HashMap<>();
        jdbc.query("""
                SELECT status, count(*) AS n, COALESCE(sum(valor_centavos), 0) AS valor FROM financeiro_pagamento
                WHERE tenant_id = :tenant AND status IN ('PENDENTE', 'RECUSADO')
                  AND criado_em >= :inicio AND criado_em < :fim
                GROUP BY status""", periodo,
                rs -> {
                    porSituacao.put(rs.getString("status"), totalPagamentos(rs.getLong("n"), rs.getLong("valor")));
                });
        return porSituacao;
    }

    /** Count and net revenue per payment day; weeks and months are summed from the days. */
    private Map<LocalDate, long[]> receitaPorDia(MapSqlParameterSource periodo) {
        Map<LocalDate, long[]> porDia = new HashMap<>();
        jdbc.query("SELECT data_pagamento AS dia, count(*) AS n, COALESCE(sum(" + LIQUIDO + "), 0) AS receita "
                        + PAGOS_NO_PERIODO + " GROUP BY data_pagamento", periodo,
                rs -> {
                    porDia.put(Sql.data(rs, "dia"), new long[] {rs.getLong("n"), rs.getLong("receita")});
                });
        return porDia;
    }

    private static TotalPagamentos totalPagamentos(long quantos, long centavos) {
        return new TotalPagamentos(quantos, Dinheiro.deCentavos(Math.max(0, centavos)));
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

    private static List<ReceitaPorPeriodo> serie(BuscarFinanceiroQuery q, Agrupamento agrupamento,
            Map<LocalDate, long[]> porDia) {
        Map<LocalDate, long[]> porBalde = new HashMap<>();
        porDia.forEach((dia, figuras) -> {
            long[] balde = porBalde.computeIfAbsent(Calendario.inicioDoBalde(dia, agrupamento), d -> new long[2]);
            balde[0] += figuras[0];
            balde[1] += figuras[1];
        });
        return Calendario.baldes(q.de(), q.ate(), agrupamento).stream()
                .map(inicio -> {
                    long[] balde = porBalde.getOrDefault(inicio, new long[2]);
                    return new ReceitaPorPeriodo(inicio, balde[0], Dinheiro.deCentavos(Math.max(0, balde[1])));
                })
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
