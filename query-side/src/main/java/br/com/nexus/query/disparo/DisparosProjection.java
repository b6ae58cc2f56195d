package br.com.nexus.query.disparo;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.disparo.AcompanharDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.DisparoResumo;
import br.com.nexus.kernel.consulta.disparo.EstadoDosEnvios;
import br.com.nexus.kernel.consulta.disparo.ListarDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.PaginaDeDisparos;
import br.com.nexus.kernel.consulta.disparo.ProgressoDisparos;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.disparo.EnviosWhatsappPausados;
import br.com.nexus.kernel.disparo.EnviosWhatsappRetomados;
import br.com.nexus.kernel.disparo.SituacaoDosEnvios;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Percentual;
import br.com.nexus.query.comum.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The list of WhatsApp dispatches: one row per dispatch in {@code consulta_disparo}; and whether
 * the tenant's sending runs or is paused ({@code consulta_envio_whatsapp}), which the live progress
 * carries so that a page following a campaign sees why it stopped moving.
 */
@Component
@ProcessingGroup(Grupos.LISTAS)
public class DisparosProjection {

    static final Map<String, String> ORDENACOES = Map.of(
            "solicitadoEm", "t.solicitado_em",
            "atualizadoEm", "t.atualizado_em",
            "status", "t.status");
    private static final Ordenacao PADRAO = new Ordenacao("solicitadoEm", true);

    /** Reads a {@code consulta_disparo} row; other read models of the group show dispatches too. */
    public static final RowMapper<DisparoResumo> LINHA = (rs, n) -> new DisparoResumo(
            new DisparoId(Sql.uuid(rs, "disparo_id")),
            Sql.id(rs, "boleto_id", BoletoId::new),
            Sql.id(rs, "cliente_id", ClienteId::new),
            rs.getString("destino"),
            Sql.enumeracao(rs, "status", StatusDisparo.class),
            rs.getInt("tentativas"),
            rs.getString("ultimo_erro"),
            rs.getString("provider_message_id"),
            Sql.instante(rs, "solicitado_em"),
            Sql.instante(rs, "enviado_em"),
            Sql.instante(rs, "entregue_em"),
            Sql.instante(rs, "lido_em"),
            Sql.instante(rs, "atualizado_em"));

    private final NamedParameterJdbcTemplate jdbc;
    private final QueryUpdateEmitter atualizacoes;

    public DisparosProjection(NamedParameterJdbcTemplate jdbc, QueryUpdateEmitter atualizacoes) {
        this.jdbc = jdbc;
        this.atualizacoes = atualizacoes;
    }

    @EventHandler
    void on(DisparoSolicitado e, EventMessage<?> mensagem) {
        jdbc.update("""
                INSERT INTO consulta_disparo (tenant_id, disparo_id, boleto_id, cliente_id, destino, status,
                  solicitado_em, atualizado_em, versao)
                VALUES (:tenant, :disparo, :boleto, :cliente, :destino, 'SOLICITADO', :em, :em,
                  COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, disparo_id) DO NOTHING""",
                parametros(e.tenantId().valor(), e.disparoId(), Origem.de(mensagem))
                        .addValue("boleto", e.boletoId() == null ? null : e.boletoId().valor())
                        .addValue("cliente", e.clienteId() == null ? null : e.clienteId().valor())
                        .addValue("destino", e.destino()));
        avisarAcompanhantes(e.tenantId());
    }

    @EventHandler
    void on(DisparoEnviado e, EventMessage<?> mensagem) {
        atualizar(e.tenantId(), StatusDisparo.ENVIADO, """
                enviado_em = :em, provider_message_id = :providerMessageId, ultimo_erro = NULL,
                tentativas = GREATEST(tentativas, :tentativa)""",
                parametros(e.tenantId().valor(), e.disparoId(), Origem.de(mensagem))
                        .addValue("providerMessageId", e.providerMessageId())
                        .addValue("tentativa", e.tentativa()));
    }

    @EventHandler
    void on(DisparoFalhou e, EventMessage<?> mensagem) {
        atualizar(e.tenantId(), StatusDisparo.FALHOU,
                "ultimo_erro = :erro, tentativas = GREATEST(tentativas, :tentativa)",
                parametros(e.tenantId().valor(), e.disparoId(), Origem.de(mensagem))
                        .addValue("erro", e.erro())
                        .addValue("tentativa", e.tentativa()));
    }

    @EventHandler
    void on(DisparoEntregue e, EventMessage<?> mensagem) {
        atualizar(e.tenantId(), StatusDisparo.ENTREGUE, "entregue_em = :em",
                parametros(e.tenantId().valor(), e.disparoId(), Origem.de(mensagem)));
    }

    @EventHandler
    void on(DisparoLido e, EventMessage<?> mensagem) {
        atualizar(e.tenantId(), StatusDisparo.LIDO, "lido_em = :em, entregue_em = COALESCE(entregue_em, :em)",
                parametros(e.tenantId().valor(), e.disparoId(), Origem.de(mensagem)));
    }

    @EventHandler
    void on(DisparoAbandonado e, EventMessage<?> mensagem) {
        atualizar(e.tenantId(), StatusDisparo.ABANDONADO, "ultimo_erro = COALESCE(:motivo, ultimo_erro)",
                parametros(e.tenantId().valor(), e.disparoId(), Origem.de(mensagem)).addValue("motivo", e.motivo()));
    }

    @EventHandler
    void on(EnviosWhatsappPausados e) {
        situacaoDosEnvios(e.tenantId(), SituacaoDosEnvios.PAUSADO, e.motivo(), e.desde());
    }

    @EventHandler
    void on(EnviosWhatsappRetomados e) {
        situacaoDosEnvios(e.tenantId(), SituacaoDosEnvios.ATIVO, e.motivo(), e.desde());
    }

    /** The latest change wins; an older or repeated one changes nothing and tells nobody. */
    private void situacaoDosEnvios(TenantId tenant, SituacaoDosEnvios situacao, String motivo, Instant desde) {
        int alterados = jdbc.update("""
                INSERT INTO consulta_envio_whatsapp (tenant_id, situacao, motivo, desde)
                VALUES (:tenant, :situacao, :motivo, :desde)
                ON CONFLICT (tenant_id) DO UPDATE SET situacao = EXCLUDED.situacao, motivo = EXCLUDED.motivo,
                  desde = EXCLUDED.desde
                WHERE consulta_envio_whatsapp.desde <= EXCLUDED.desde
                  AND (consulta_envio_whatsapp.desde, consulta_envio_whatsapp.situacao)
                      IS DISTINCT FROM (EXCLUDED.desde, EXCLUDED.situacao)""",
                new Parametros("tenant", tenant.valor()).addValue("situacao", situacao.name())
                        .addValue("motivo", motivo).addValue("desde", Sql.instante(desde)));
        if (alterados > 0) {
            avisarAcompanhantes(tenant);
        }
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_disparo, consulta_envio_whatsapp");
    }

    @QueryHandler
    PaginaDeDisparos handle(ListarDisparosQuery q) {
        ConsultaDeLista consulta = filtros(q);
        List<DisparoResumo> itens = consulta.pagina(jdbc, "t.* FROM consulta_disparo t", ORDENACOES, q.ordenacao(),
                PADRAO, "t.disparo_id", q.page(), q.size(), LINHA);
        return new PaginaDeDisparos(itens, q.page(), q.size(), consulta.contar(jdbc));
    }

    /** The list's filters, also used by the spreadsheet export; paging and order are left out. */
    public static ConsultaDeLista filtros(ListarDisparosQuery q) {
        return new ConsultaDeLista("consulta_disparo", q.tenantId().valor())
                .filtro("t.status = :status", "status", Sql.nome(q.status()))
                .filtro("t.boleto_id = :boleto", "boleto", q.boletoId() == null ? null : q.boletoId().valor())
                .filtro("t.cliente_id = :cliente", "cliente", q.clienteId() == null ? null : q.clienteId().valor())
                .filtro("t.solicitado_em >= :de", "de", Sql.instante(q.solicitadoDe()))
                .filtro("t.solicitado_em < :ate", "ate", Sql.instante(q.solicitadoAte()));
    }

    private void atualizar(TenantId tenant, StatusDisparo status, String atribuicoes,
            MapSqlParameterSource parametros) {
        int alterados = jdbc.update("UPDATE consulta_disparo SET status = :status, " + atribuicoes
                + ", atualizado_em = :em, " + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND disparo_id = :disparo AND " + VERSAO_MAIS_NOVA,
                parametros.addValue("status", status.name()));
        if (alterados > 0) {
            avisarAcompanhantes(tenant);
        }
    }

    @QueryHandler
    ProgressoDisparos handle(AcompanharDisparosQuery q) {
        return jdbc.queryForObject("""
                SELECT count(*) AS total,
                  count(*) FILTER (WHERE status = 'SOLICITADO') AS pendentes,
                  count(*) FILTER (WHERE status = 'FALHOU') AS falhas,
                  count(*) FILTER (WHERE status = 'ENVIADO') AS enviados,
                  count(*) FILTER (WHERE status = 'ENTREGUE') AS entregues,
                  count(*) FILTER (WHERE status = 'LIDO') AS lidos,
                  count(*) FILTER (WHERE status = 'ABANDONADO') AS abandonados
                FROM consulta_disparo WHERE tenant_id = :tenant AND solicitado_em >= :desde""",
                new Parametros("tenant", q.tenantId().valor()).addValue("desde", Sql.instante(q.desde())),
                (rs, n) -> {
                    long total = rs.getLong("total");
                    long concluidos = rs.getLong("enviados") + rs.getLong("entregues") + rs.getLong("lidos")
                            + rs.getLong("abandonados");
                    return new ProgressoDisparos(q.desde(), total, rs.getLong("pendentes"), rs.getLong("falhas"),
                            rs.getLong("enviados"), rs.getLong("entregues"), rs.getLong("lidos"),
                            rs.getLong("abandonados"), concluidos, Percentual.de(concluidos, total),
                            envios(q.tenantId()));
                });
    }

    private EstadoDosEnvios envios(TenantId tenant) {
        return jdbc.query("SELECT situacao, motivo, desde FROM consulta_envio_whatsapp WHERE tenant_id = :tenant",
                new Parametros("tenant", tenant.valor()),
                (rs, n) -> new EstadoDosEnvios(Sql.enumeracao(rs, "situacao", SituacaoDosEnvios.class),
                        rs.getString("motivo"), Sql.instante(rs, "desde")))
                .stream().findFirst().orElse(EstadoDosEnvios.NUNCA_PAUSADO);
    }

    /**
     * Sends each live follower of this tenant's dispatches its new progress. Axon delivers the
     * update once the processor's transaction commits; with nobody following, this costs nothing.
     */
    private void avisarAcompanhantes(TenantId tenant) {
        for (SubscriptionQueryMessage<?, ?, ?> assinatura : atualizacoes.activeSubscriptions()) {
            if (assinatura.getPayload() instanceof AcompanharDisparosQuery q && q.tenantId().equals(tenant)) {
                ProgressoDisparos progresso = handle(q);
                atualizacoes.emit(AcompanharDisparosQuery.class, q::equals, progresso);
            }
        }
    }

    private static MapSqlParameterSource parametros(UUID tenant, DisparoId disparo, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("disparo", disparo.valor());
    }
}
