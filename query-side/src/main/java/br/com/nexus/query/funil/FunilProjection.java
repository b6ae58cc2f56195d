package br.com.nexus.query.funil;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.consulta.funil.BuscarFunilQuery;
import br.com.nexus.kernel.consulta.funil.ConversaoEtapa;
import br.com.nexus.kernel.consulta.funil.Funil;
import br.com.nexus.kernel.consulta.funil.FunilPorOrigem;
import br.com.nexus.kernel.consulta.funil.FunilPorPeriodo;
import br.com.nexus.kernel.consulta.funil.MotivoPerda;
import br.com.nexus.kernel.consulta.funil.TempoNaEtapa;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadAgendado;
import br.com.nexus.kernel.lead.LeadCapturado;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.LeadPerdido;
import br.com.nexus.kernel.lead.LeadQualificado;
import br.com.nexus.kernel.lead.LeadReaberto;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Percentual;
import br.com.nexus.query.comum.Sql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * The sales funnel: one row per lead with the time it first entered each stage. A lead that skips
 * a stage counts as having reached it; a reopened lead is no longer lost.
 */
@Component
@ProcessingGroup(Grupos.FUNIL)
public class FunilProjection {

    /** The forward path of the funnel, whose consecutive pairs are the conversions. */
    private static final List<EtapaLead> CAMINHO = List.of(EtapaLead.CAPTURADO, EtapaLead.CONTATADO,
            EtapaLead.QUALIFICADO, EtapaLead.AGENDADO, EtapaLead.CONVERTIDO);
    private static final String LEADS_DO_PERIODO = """
            FROM funil_lead WHERE tenant_id = :tenant AND capturado_em >= :inicio AND capturado_em < :fim
              AND (CAST(:origem AS TEXT) IS NULL OR origem = :origem)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Calendario calendario;

    public FunilProjection(NamedParameterJdbcTemplate jdbc, Calendario calendario) {
        this.jdbc = jdbc;
        this.calendario = calendario;
    }

    @EventHandler
    void on(LeadCapturado e, EventMessage<?> mensagem) {
        jdbc.update("""
                INSERT INTO funil_lead (tenant_id, lead_id, origem, etapa, capturado_em, versao)
                VALUES (:tenant, :lead, :origem, 'CAPTURADO', :em, COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, lead_id) DO NOTHING""",
                parametros(e.tenantId().valor(), e.leadId(), Origem.de(mensagem)).addValue("origem", Sql.nome(e.origem())));
    }

    @EventHandler
    void on(LeadContatado e, EventMessage<?> mensagem) {
        avancar(e.tenantId().valor(), e.leadId(), EtapaLead.CONTATADO, "contatado_em = COALESCE(contatado_em, :em)",
                Origem.de(mensagem));
    }

    @EventHandler
    void on(LeadQualificado e, EventMessage<?> mensagem) {
        avancar(e.tenantId().valor(), e.leadId(), EtapaLead.QUALIFICADO,
                "qualificado_em = COALESCE(qualificado_em, :em)", Origem.de(mensagem));
    }

    @EventHandler
    void on(LeadAgendado e, EventMessage<?> mensagem) {
        avancar(e.tenantId().valor(), e.leadId(), EtapaLead.AGENDADO, "agendado_em = COALESCE(agendado_em, :em)",
                Origem.de(mensagem));
    }

    @EventHandler
    void on(LeadConvertido e, EventMessage<?> mensagem) {
        avancar(e.tenantId().valor(), e.leadId(), EtapaLead.CONVERTIDO,
                "convertido_em = COALESCE(convertido_em, :em)", Origem.de(mensagem));
    }

    @EventHandler
    void on(LeadPerdido e, EventMessage<?> mensagem) {
        MapSqlParameterSource parametros = parametros(e.tenantId().valor(), e.leadId(), Origem.de(mensagem))
                .addValue("etapa", EtapaLead.PERDIDO.name())
                .addValue("motivo", e.motivo());
        atualizar("perdido_em = :em, motivo_perda = :motivo", parametros);
    }

    @EventHandler
    void on(LeadReaberto e, EventMessage<?> mensagem) {
        EtapaLead etapa = e.etapa() == null ? EtapaLead.CAPTURADO : e.etapa();
        atualizar("perdido_em = NULL, motivo_perda = NULL",
                parametros(e.tenantId().valor(), e.leadId(), Origem.de(mensagem)).addValue("etapa", etapa.name()));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE funil_lead");
    }

    @QueryHandler
    Funil handle(BuscarFunilQuery q) {
        Agrupamento agrupamento = q.agrupamento() == null ? Agrupamento.DIA : q.agrupamento();
        MapSqlParameterSource filtro = new Parametros("tenant", q.tenantId().valor())
                .addValue("inicio", Sql.instante(calendario.inicio(q.de())))
                .addValue("fim", Sql.instante(calendario.fim(q.ate())))
                .addValue("origem", Sql.nome(q.origem()), java.sql.Types.VARCHAR);

        Map<EtapaLead, Long> porEtapa = zerado();
        Map<OrigemLead, Map<EtapaLead, Long>> porOrigem = new EnumMap<>(OrigemLead.class);
        jdbc.query("SELECT origem, etapa, count(*) AS n " + LEADS_DO_PERIODO + " GROUP BY origem, etapa", filtro, rs -> {
            EtapaLead etapa = EtapaLead.valueOf(rs.getString("etapa"));
            long n = rs.getLong("n");
            porEtapa.merge(etapa, n, Long::sum);
            OrigemLead origem = Sql.enumeracao(rs, "origem", OrigemLead.class);
            porOrigem.computeIfAbsent(origem == null ? OrigemLead.OUTRO : origem, o -> zerado()).merge(etapa, n, Long::sum);
        });
        long total = porEtapa.values().stream().mapToLong(Long::longValue).sum();

        Map<EtapaLead, Long> alcancaram = zerado();
        jdbc.query("""
                SELECT count(*) AS capturado,
                  count(*) FILTER (WHERE COALESCE(contatado_em, qualificado_em, agendado_em, convertido_em) IS NOT NULL)
                    AS contatado,
                  count(*) FILTER (WHERE COALESCE(qualificado_em, agendado_em, convertido_em) IS NOT NULL) AS qualificado,
                  count(*) FILTER (WHERE COALESCE(agendado_em, convertido_em) IS NOT NULL) AS agendado,
                  count(*) FILTER (WHERE convertido_em IS NOT NULL) AS convertido,
                  count(*) FILTER (WHERE perdido_em IS NOT NULL) AS perdido
                """ + LEADS_DO_PERIODO, filtro, rs -> {
            for (EtapaLead etapa : EtapaLead.values()) {
                alcancaram.put(etapa, rs.getLong(etapa.name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        List<ConversaoEtapa> conversoes = new ArrayList<>();
        for (int i = 0; i + 1 < CAMINHO.size(); i++) {
            long chegaram = alcancaram.get(CAMINHO.get(i));
            long seguiram = alcancaram.get(CAMINHO.get(i + 1));
            conversoes.add(new ConversaoEtapa(CAMINHO.get(i), CAMINHO.get(i + 1), chegaram, seguiram,
                    Percentual.de(seguiram, chegaram)));
        }

        return new Funil(q.de(), q.ate(), total, porEtapa, alcancaram, origens(porOrigem), conversoes,
                tempos(filtro), motivos(filtro), agrupamento, periodos(q, agrupamento, filtro));
    }

    private List<FunilPorOrigem> origens(Map<OrigemLead, Map<EtapaLead, Long>> porOrigem) {
        List<FunilPorOrigem> origens = new ArrayList<>();
        porOrigem.forEach((origem, etapas) -> origens.add(
                new FunilPorOrigem(origem, etapas.values().stream().mapToLong(Long::longValue).sum(), etapas)));
        return origens;
    }

    private List<TempoNaEtapa> tempos(MapSqlParameterSource filtro) {
        Map<EtapaLead, TempoNaEtapa> tempos = new EnumMap<>(EtapaLead.class);
        jdbc.query("""
                WITH l AS (SELECT * """ + LEADS_DO_PERIODO + """
                ), t AS (
                  SELECT 'CAPTURADO' AS etapa, capturado_em AS entrada,
                    LEAST(contatado_em, qualificado_em, agendado_em, convertido_em, perdido_em) AS saida FROM l
                  UNION ALL SELECT 'CONTATADO', contatado_em,
                    LEAST(qualificado_em, agendado_em, convertido_em, perdido_em) FROM l WHERE contatado_em IS NOT NULL
                  UNION ALL SELECT 'QUALIFICADO', qualificado_em,
                    LEAST(agendado_em, convertido_em, perdido_em) FROM l WHERE qualificado_em IS NOT NULL
                  UNION ALL SELECT 'AGENDADO', agendado_em,
                    LEAST(convertido_em, perdido_em) FROM l WHERE agendado_em IS NOT NULL)
                SELECT etapa, count(*) AS leads,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM saida - entrada)) AS mediana
                FROM t WHERE saida IS NOT NULL AND saida >= entrada GROUP BY etapa""", filtro, rs -> {
            EtapaLead etapa = EtapaLead.valueOf(rs.getString("etapa"));
            tempos.put(etapa, new TempoNaEtapa(etapa, rs.getLong("leads"), Math.round(rs.getDouble("mediana"))));
        });
        return CAMINHO.subList(0, CAMINHO.size() - 1).stream()
                .map(etapa -> tempos.getOrDefault(etapa, new TempoNaEtapa(etapa, 0, 0)))
                .toList();
    }

    private List<MotivoPerda> motivos(MapSqlParameterSource filtro) {
        return jdbc.query("SELECT COALESCE(motivo_perda, '') AS motivo, count(*) AS n " + LEADS_DO_PERIODO
                        + " AND perdido_em IS NOT NULL GROUP BY 1 ORDER BY n DESC, motivo", filtro,
                (rs, n) -> new MotivoPerda(rs.getString("motivo"), rs.getLong("n")));
    }

    private List<FunilPorPeriodo> periodos(BuscarFunilQuery q, Agrupamento agrupamento, MapSqlParameterSource filtro) {
        Map<LocalDate, FunilPorPeriodo> encontrados = new HashMap<>();
        MapSqlParameterSource parametros = new Parametros(filtro.getValues())
                .addValue("unidade", Calendario.unidade(agrupamento))
                .addValue("fuso", calendario.fuso().getId());
        jdbc.query("""
                SELECT CAST(date_trunc(:unidade, capturado_em AT TIME ZONE :fuso) AS DATE) AS inicio, count(*) AS n,
                  count(*) FILTER (WHERE etapa = 'CONVERTIDO') AS convertidos,
                  count(*) FILTER (WHERE etapa = 'PERDIDO') AS perdidos
                """ + LEADS_DO_PERIODO + " GROUP BY 1", parametros, rs -> {
            LocalDate inicio = Sql.data(rs, "inicio");
            encontrados.put(inicio, new FunilPorPeriodo(inicio, rs.getLong("n"), rs.getLong("convertidos"),
                    rs.getLong("perdidos")));
        });
        return Calendario.baldes(q.de(), q.ate(), agrupamento).stream()
                .map(inicio -> encontrados.getOrDefault(inicio, new FunilPorPeriodo(inicio, 0, 0, 0)))
                .toList();
    }

    private void avancar(UUID tenant, LeadId lead, EtapaLead etapa, String marca, Origem origem) {
        atualizar(marca, parametros(tenant, lead, origem).addValue("etapa", etapa.name()));
    }

    private void atualizar(String atribuicoes, MapSqlParameterSource parametros) {
        jdbc.update("UPDATE funil_lead SET etapa = :etapa, " + atribuicoes + ", " + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND lead_id = :lead AND " + VERSAO_MAIS_NOVA, parametros);
    }

    private static MapSqlParameterSource parametros(UUID tenant, LeadId lead, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("lead", lead.valor());
    }

    private static Map<EtapaLead, Long> zerado() {
        Map<EtapaLead, Long> mapa = new EnumMap<>(EtapaLead.class);
        for (EtapaLead etapa : EtapaLead.values()) {
            mapa.put(etapa, 0L);
        }
        return mapa;
    }

}
