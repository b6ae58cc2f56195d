package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.dashboard.ResumoBoletos;
import br.com.nexus.kernel.consulta.dashboard.ResumoDisparos;
import br.com.nexus.kernel.consulta.dashboard.ResumoValores;
import br.com.nexus.kernel.consulta.relatorio.BuscarResumoMensalQuery;
import br.com.nexus.kernel.consulta.relatorio.ResumoMensal;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Percentual;
import br.com.nexus.query.comum.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Month figures for the monthly report, read from the boleto and dispatch lists. */
@Component
class ResumoMensalConsultas {

    private final NamedParameterJdbcTemplate jdbc;
    private final Calendario calendario;

    ResumoMensalConsultas(NamedParameterJdbcTemplate jdbc, Calendario calendario) {
        this.jdbc = jdbc;
        this.calendario = calendario;
    }

    @QueryHandler
    ResumoMensal handle(BuscarResumoMensalQuery q) {
        MapSqlParameterSource mes = new Parametros("tenant", q.tenantId().valor())
                .addValue("de", q.mes().atDay(1))
                .addValue("ate", q.mes().atEndOfMonth())
                .addValue("inicio", Sql.instante(calendario.inicio(q.mes().atDay(1))))
                .addValue("fim", Sql.instante(calendario.fim(q.mes().atEndOfMonth())));
        record Boletos(ResumoBoletos resumo, ResumoValores valores) {
        }
        Boletos boletos = jdbc.queryForObject("""
                SELECT count(*) AS total,
                  count(*) FILTER (WHERE enviado) AS enviados,
                  count(*) FILTER (WHERE situacao = 'PENDENTE') AS pendentes,
                  count(*) FILTER (WHERE situacao = 'VENCIDO') AS vencidos,
                  count(*) FILTER (WHERE situacao = 'PAGO') AS pagos,
                  count(*) FILTER (WHERE situacao = 'CANCELADO') AS cancelados,
                  COALESCE(sum(valor_centavos) FILTER (WHERE situacao <> 'CANCELADO'), 0) AS valor_total,
                  COALESCE(sum(recebido) FILTER (WHERE situacao <> 'CANCELADO'), 0) AS valor_pago,
                  COALESCE(sum(GREATEST(valor_centavos - recebido, 0))
                    FILTER (WHERE situacao IN ('PENDENTE', 'VENCIDO')), 0) AS valor_pendente
                FROM (
                  SELECT *, COALESCE(valor_pago_centavos,
                    CASE WHEN situacao = 'PAGO' THEN valor_centavos ELSE 0 END) AS recebido
                  FROM consulta_boleto WHERE tenant_id = :tenant AND vencimento BETWEEN :de AND :ate) b""", mes,
                (rs, n) -> new Boletos(
                        new ResumoBoletos(rs.getLong("total"), rs.getLong("enviados"), rs.getLong("pendentes"),
                                rs.getLong("vencidos"), rs.getLong("pagos"), rs.getLong("cancelados")),
                        new ResumoValores(Dinheiro.deCentavos(rs.getLong("valor_total")),
                                Dinheiro.deCentavos(rs.getLong("valor_pago")),
                                Dinheiro.deCentavos(rs.getLong("valor_pendente")))));
        ResumoDisparos disparos = jdbc.queryForObject("""
                SELECT count(*) AS total,
                  count(*) FILTER (WHERE status IN ('ENVIADO', 'ENTREGUE', 'LIDO')) AS enviados,
                  count(*) FILTER (WHERE status IN ('ENTREGUE', 'LIDO')) AS entregues,
                  count(*) FILTER (WHERE status = 'LIDO') AS lidos,
                  count(*) FILTER (WHERE status IN ('FALHOU', 'ABANDONADO')) AS erro,
                  count(*) FILTER (WHERE status = 'SOLICITADO') AS pendentes
                FROM consulta_disparo WHERE tenant_id = :tenant AND solicitado_em >= :inicio AND solicitado_em < :fim""",
                mes, (rs, n) -> new ResumoDisparos(rs.getLong("total"), rs.getLong("enviados"), rs.getLong("entregues"),
                        rs.getLong("lidos"), rs.getLong("erro"), rs.getLong("pendentes")));
        return new ResumoMensal(q.mes(), boletos.resumo(), boletos.valores(), disparos,
                Percentual.de(disparos.enviados(), disparos.total()));
    }
}
