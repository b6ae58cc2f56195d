package br.com.nexus.query.lead;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.lead.BuscarLeadQuery;
import br.com.nexus.kernel.consulta.lead.LeadResumo;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.lead.PaginaDeLeads;
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
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Sql;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The list of leads: one row per lead in {@code consulta_lead}. */
@Component
@ProcessingGroup(Grupos.LISTAS)
public class LeadsProjection {

    static final Map<String, String> ORDENACOES = Map.of(
            "capturadoEm", "t.capturado_em",
            "atualizadoEm", "t.atualizado_em",
            "nome", "t.nome",
            "etapa", "t.etapa");
    private static final Ordenacao PADRAO = new Ordenacao("capturadoEm", true);

    /** Reads a {@code consulta_lead} row. */
    public static final RowMapper<LeadResumo> LINHA = (rs, n) -> new LeadResumo(
            new LeadId(Sql.uuid(rs, "lead_id")),
            rs.getString("nome"),
            rs.getString("telefone"),
            rs.getString("email"),
            Sql.enumeracao(rs, "origem", OrigemLead.class),
            rs.getString("interesse"),
            Sql.enumeracao(rs, "etapa", EtapaLead.class),
            rs.getString("motivo_perda"),
            Sql.instante(rs, "agendado_para"),
            rs.getString("procedimento"),
            Sql.id(rs, "cliente_id", ClienteId::new),
            Sql.instante(rs, "capturado_em"),
            Sql.instante(rs, "atualizado_em"));

    private final NamedParameterJdbcTemplate jdbc;

    public LeadsProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LeadCapturado e, EventMessage<?> mensagem) {
        Origem origem = Origem.de(mensagem);
        jdbc.update("""
                INSERT INTO consulta_lead (tenant_id, lead_id, nome, telefone, email, origem, interesse, etapa,
                  capturado_em, atualizado_em, versao)
                VALUES (:tenant, :lead, :nome, :telefone, :email, :origem, :interesse, 'CAPTURADO', :em, :em,
                  COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, lead_id) DO NOTHING""",
                parametros(e.tenantId().valor(), e.leadId(), origem)
                        .addValue("nome", e.nome())
                        .addValue("telefone", e.telefone() == null ? null : e.telefone().e164())
                        .addValue("email", e.email())
                        .addValue("origem", Sql.nome(e.origem()))
                        .addValue("interesse", e.interesse()));
    }

    @EventHandler
    void on(LeadContatado e, EventMessage<?> mensagem) {
        mudarEtapa(e.tenantId().valor(), e.leadId(), EtapaLead.CONTATADO, "", Origem.de(mensagem), new Parametros());
    }

    @EventHandler
    void on(LeadQualificado e, EventMessage<?> mensagem) {
        mudarEtapa(e.tenantId().valor(), e.leadId(), EtapaLead.QUALIFICADO, "", Origem.de(mensagem), new Parametros());
    }

    @EventHandler
    void on(LeadAgendado e, EventMessage<?> mensagem) {
        mudarEtapa(e.tenantId().valor(), e.leadId(), EtapaLead.AGENDADO,
                ", agendado_para = :dataHora, procedimento = :procedimento", Origem.de(mensagem),
                new Parametros()
                        .addValue("dataHora", Sql.instante(e.dataHora()))
                        .addValue("procedimento", e.procedimento()));
    }

    @EventHandler
    void on(LeadConvertido e, EventMessage<?> mensagem) {
        mudarEtapa(e.tenantId().valor(), e.leadId(), EtapaLead.CONVERTIDO, ", cliente_id = :cliente",
                Origem.de(mensagem), new Parametros("cliente", e.clienteId().valor()));
    }

    @EventHandler
    void on(LeadPerdido e, EventMessage<?> mensagem) {
        mudarEtapa(e.tenantId().valor(), e.leadId(), EtapaLead.PERDIDO, ", motivo_perda = :motivo",
                Origem.de(mensagem), new Parametros("motivo", e.motivo()));
    }

    @EventHandler
    void on(LeadReaberto e, EventMessage<?> mensagem) {
        EtapaLead etapa = e.etapa() == null ? EtapaLead.CAPTURADO : e.etapa();
        mudarEtapa(e.tenantId().valor(), e.leadId(), etapa, ", motivo_perda = NULL", Origem.de(mensagem),
                new Parametros());
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_lead");
    }

    @QueryHandler
    PaginaDeLeads handle(ListarLeadsQuery q) {
        ConsultaDeLista consulta = filtros(q);
        List<LeadResumo> itens = consulta.pagina(jdbc, "t.* FROM consulta_lead t", ORDENACOES, q.ordenacao(),
                PADRAO, "t.lead_id", q.page(), q.size(), LINHA);
        return new PaginaDeLeads(itens, q.page(), q.size(), consulta.contar(jdbc));
    }

    @QueryHandler
    Optional<LeadResumo> handle(BuscarLeadQuery q) {
        return jdbc.query("SELECT t.* FROM consulta_lead t WHERE t.tenant_id = :tenant AND t.lead_id = :lead",
                new MapSqlParameterSource("tenant", q.tenantId().valor()).addValue("lead", q.leadId().valor()),
                LINHA).stream().findFirst();
    }

    /** The list's filters, also used by the spreadsheet export; paging and order are left out. */
    public static ConsultaDeLista filtros(ListarLeadsQuery q) {
        return new ConsultaDeLista("consulta_lead", q.tenantId().valor())
                .filtro("t.etapa = :etapa", "etapa", Sql.nome(q.etapa()))
                .filtro("t.origem = :origem", "origem", Sql.nome(q.origem()))
                .filtro("t.capturado_em >= :de", "de", Sql.instante(q.capturadoDe()))
                .filtro("t.capturado_em < :ate", "ate", Sql.instante(q.capturadoAte()))
                .busca(q.busca(), List.of("t.nome", "t.email"), "t.telefone");
    }

    private void mudarEtapa(java.util.UUID tenant, LeadId lead, EtapaLead etapa, String outros, Origem origem,
            MapSqlParameterSource extras) {
        MapSqlParameterSource parametros = parametros(tenant, lead, origem).addValue("etapa", etapa.name());
        extras.getValues().forEach(parametros::addValue);
        jdbc.update("UPDATE consulta_lead SET etapa = :etapa" + outros + ", atualizado_em = :em, " + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND lead_id = :lead AND " + VERSAO_MAIS_NOVA, parametros);
    }

    private static MapSqlParameterSource parametros(java.util.UUID tenant, LeadId lead, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("lead", lead.valor());
    }
}
