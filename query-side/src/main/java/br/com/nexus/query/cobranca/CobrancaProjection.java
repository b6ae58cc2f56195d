package br.com.nexus.query.cobranca;

import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.cobranca.BuscarReguaDeCobrancaQuery;
import br.com.nexus.kernel.cobranca.CobrancaEncerrada;
import br.com.nexus.kernel.cobranca.CobrancaInterrompida;
import br.com.nexus.kernel.cobranca.EtapaDeCobrancaExecutada;
import br.com.nexus.kernel.cobranca.EtapaDeCobrancaPulada;
import br.com.nexus.kernel.cobranca.ReguaDeCobranca;
import br.com.nexus.kernel.cobranca.ReguaDeCobrancaDefinida;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The régua de cobrança as the read side knows it: each tenant's current régua, what became of each
 * boleto's steps, and whether its collection still runs. Rows are keyed so a redelivered event
 * writes the same row again.
 */
@Component
@ProcessingGroup(Grupos.COBRANCA)
public class CobrancaProjection {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final QueryUpdateEmitter atualizacoes;

    public CobrancaProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json, QueryUpdateEmitter atualizacoes) {
        this.jdbc = jdbc;
        this.json = json;
        this.atualizacoes = atualizacoes;
    }

    @EventHandler
    void on(ReguaDeCobrancaDefinida e, @Timestamp Instant quando) {
        jdbc.update("""
                INSERT INTO consulta_regua (tenant_id, regua, atualizada_em) VALUES (:tenant, :regua, :em)
                ON CONFLICT (tenant_id) DO UPDATE SET regua = EXCLUDED.regua, atualizada_em = EXCLUDED.atualizada_em
                WHERE consulta_regua.atualizada_em <= EXCLUDED.atualizada_em""",
                new Parametros("tenant", e.tenantId().valor()).addValue("regua", escrever(e.regua()))
                        .addValue("em", Sql.instante(quando)));
        // Whoever follows the tenant's régua (a page waiting for its own change) gets it once this commits.
        BuscarReguaDeCobrancaQuery consulta = new BuscarReguaDeCobrancaQuery(e.tenantId());
        atualizacoes.emit(BuscarReguaDeCobrancaQuery.class, consulta::equals, handle(consulta));
    }

    @EventHandler
    void on(EtapaDeCobrancaExecutada e, @Timestamp Instant quando) {
        etapa(e.tenantId(), e.boletoId().valor(), e.diasRelativosAoVencimento(), e.clienteId().valor(), e.nome(),
                "EXECUTADA", e.disparoId().valor(), null, null, quando);
    }

    @EventHandler
    void on(EtapaDeCobrancaPulada e, @Timestamp Instant quando) {
        etapa(e.tenantId(), e.boletoId().valor(), e.diasRelativosAoVencimento(), e.clienteId().valor(), e.nome(),
                "PULADA", null, e.codigo(), e.motivo(), quando);
    }

    @EventHandler
    void on(CobrancaInterrompida e, @Timestamp Instant quando) {
        cobranca(e.tenantId(), e.boletoId().valor(), "INTERROMPIDA", e.motivo(), quando);
    }

    @EventHandler
    void on(CobrancaEncerrada e, @Timestamp Instant quando) {
        String motivo = e.motivo().name() + (e.detalhe() == null ? "" : ": " + e.detalhe());
        cobranca(e.tenantId(), e.boletoId().valor(), "ENCERRADA", motivo, quando);
    }

    /** The payment that ended the collection was refunded: the collection is under way again. */
    @EventHandler
    void on(BoletoReaberto e) {
        jdbc.update("DELETE FROM consulta_cobranca WHERE tenant_id = :tenant AND boleto_id = :boleto",
                new Parametros("tenant", e.tenantId().valor()).addValue("boleto", e.boletoId().valor()));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_regua, consulta_etapa_cobranca, consulta_cobranca");
    }

    @QueryHandler
    ReguaDeCobranca handle(BuscarReguaDeCobrancaQuery q) {
        return jdbc.query("SELECT regua FROM consulta_regua WHERE tenant_id = :tenant",
                        new Parametros("tenant", q.tenantId().valor()), (rs, n) -> ler(rs.getString(1)))
                .stream().findFirst().orElseGet(ReguaDeCobranca::padrao);
    }

    private void etapa(TenantId tenant, UUID boleto, int dias, UUID cliente, String nome,
            String situacao, UUID disparo, String codigo, String motivo, Instant quando) {
        jdbc.update("""
                INSERT INTO consulta_etapa_cobranca (tenant_id, boleto_id, dias, cliente_id, nome, situacao, disparo_id,
                  codigo, motivo, em)
                VALUES (:tenant, :boleto, :dias, :cliente, :nome, :situacao, :disparo, :codigo, :motivo, :em)
                ON CONFLICT (tenant_id, boleto_id, dias) DO UPDATE SET situacao = EXCLUDED.situacao,
                  disparo_id = EXCLUDED.disparo_id, codigo = EXCLUDED.codigo, motivo = EXCLUDED.motivo, em = EXCLUDED.em,
                  nome = EXCLUDED.nome""",
                new Parametros("tenant", tenant.valor()).addValue("boleto", boleto).addValue("dias", dias)
                        .addValue("cliente", cliente).addValue("nome", nome).addValue("situacao", situacao)
                        .addValue("disparo", disparo).addValue("codigo", codigo).addValue("motivo", motivo)
                        .addValue("em", Sql.instante(quando)));
    }

    private void cobranca(TenantId tenant, UUID boleto, String situacao, String motivo, Instant quando) {
        jdbc.update("""
                INSERT INTO consulta_cobranca (tenant_id, boleto_id, situacao, motivo, em)
                VALUES (:tenant, :boleto, :situacao, :motivo, :em)
                ON CONFLICT (tenant_id, boleto_id) DO UPDATE SET situacao = EXCLUDED.situacao, motivo = EXCLUDED.motivo,
                  em = EXCLUDED.em
                WHERE consulta_cobranca.situacao <> 'ENCERRADA'""",
                new Parametros("tenant", tenant.valor()).addValue("boleto", boleto).addValue("situacao", situacao)
                        .addValue("motivo", motivo).addValue("em", Sql.instante(quando)));
    }

    private String escrever(ReguaDeCobranca regua) {
        try {
            return json.writeValueAsString(regua);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Régua não serializável", e);
        }
    }

    ReguaDeCobranca ler(String texto) {
        try {
            return json.readValue(texto, ReguaDeCobranca.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Régua gravada ilegível", e);
        }
    }
}
