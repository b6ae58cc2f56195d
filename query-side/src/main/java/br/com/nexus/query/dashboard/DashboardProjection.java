package br.com.nexus.query.dashboard;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.consulta.dashboard.BuscarDashboardQuery;
import br.com.nexus.kernel.consulta.dashboard.Dashboard;
import br.com.nexus.kernel.consulta.dashboard.ResumoBoletos;
import br.com.nexus.kernel.consulta.dashboard.ResumoDisparos;
import br.com.nexus.kernel.consulta.dashboard.ResumoValores;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Percentual;
import br.com.nexus.query.comum.Sql;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-tenant dashboard. Each boleto and dispatch keeps its status row; the tenant's counters
 * move only by the difference a status change makes, so reading the dashboard is one row. That row
 * is kept in memory per tenant and dropped when this projection commits a change to it (see
 * {@link PaineisEmMemoria}).
 */
@Component
@ProcessingGroup(Grupos.DASHBOARD)
public class DashboardProjection {

    private static final Set<StatusDisparo> ALCANCOU_O_GATEWAY =
            EnumSet.of(StatusDisparo.ENVIADO, StatusDisparo.ENTREGUE, StatusDisparo.LIDO);
    private static final String SOMA_CONTADORES = somaContadores();
    private static final String CONTADORES_DO_LOTE = DashboardProjection.class.getName() + ".contadores";

    private final NamedParameterJdbcTemplate jdbc;
    private final PaineisEmMemoria emMemoria = new PaineisEmMemoria();

    public DashboardProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BoletoRegistrado e, EventMessage<?> mensagem) {
        Origem origem = Origem.de(mensagem);
        UUID tenant = e.tenantId().valor();
        long valor = e.valor() == null ? 0 : e.valor().centavos();
        int inseridos = jdbc.update("""
                INSERT INTO dashboard_boleto (tenant_id, boleto_id, situacao, valor_centavos, versao)
                VALUES (:tenant, :boleto, 'PENDENTE', :valor, COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, boleto_id) DO NOTHING""",
                Sql.parametros(tenant, origem).addValue("boleto", e.boletoId().valor()).addValue("valor", valor));
        if (inseridos == 0) {
            return;
        }
        Contribuicao diferenca = Contribuicao.deBoleto(SituacaoBoleto.PENDENTE, valor, false);
        if (e.clienteId() != null && jdbc.update("""
                INSERT INTO dashboard_cliente (tenant_id, cliente_id) VALUES (:tenant, :cliente)
                ON CONFLICT DO NOTHING""",
                new Parametros("tenant", tenant).addValue("cliente", e.clienteId().valor())) == 1) {
            diferenca.mais(Contador.CLIENTES_UNICOS, 1);
        }
        aplicar(tenant, diferenca, origem.ocorridoEm());
    }

    @EventHandler
    void on(BoletoVencido e, EventMessage<?> mensagem) {
        mudarSituacao(e.tenantId(), e.boletoId(), SituacaoBoleto.VENCIDO, Origem.de(mensagem));
    }

    @EventHandler
    void on(BoletoPago e, EventMessage<?> mensagem) {
        long excedente = e.excedente() == null ? 0 : e.excedente().centavos();
        mudar(e.tenantId(), e.boletoId(), Origem.de(mensagem), antes -> SituacaoBoleto.PAGO,
                antes -> antes.valor() + excedente);
    }

    @EventHandler
    void on(BoletoPagoParcialmente e, EventMessage<?> mensagem) {
        mudar(e.tenantId(), e.boletoId(), Origem.de(mensagem), BoletoNoPainel::situacao,
                antes -> Math.max(antes.valor() - e.saldo().centavos(), 0));
    }

    @EventHandler
    void on(EstornoNoBoletoRegistrado e, EventMessage<?> mensagem) {
        mudar(e.tenantId(), e.boletoId(), Origem.de(mensagem), BoletoNoPainel::situacao,
                antes -> e.valorRecebido().centavos());
    }

    @EventHandler
    void on(BoletoReaberto e, EventMessage<?> mensagem) {
        mudar(e.tenantId(), e.boletoId(), Origem.de(mensagem),
                antes -> e.vencido() ? SituacaoBoleto.VENCIDO : SituacaoBoleto.PENDENTE,
                antes -> Math.max(antes.valor() - e.saldo().centavos(), 0));
    }

    @EventHandler
    void on(BoletoCancelado e, EventMessage<?> mensagem) {
        mudarSituacao(e.tenantId(), e.boletoId(), SituacaoBoleto.CANCELADO, Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoSolicitado e, EventMessage<?> mensagem) {
        Origem origem = Origem.de(mensagem);
        int inseridos = jdbc.update("""
                INSERT INTO dashboard_disparo (tenant_id, disparo_id, boleto_id, status, versao)
                VALUES (:tenant, :disparo, :boleto, 'SOLICITADO', COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, disparo_id) DO NOTHING""",
                Sql.parametros(e.tenantId().valor(), origem)
                        .addValue("disparo", e.disparoId().valor())
                        .addValue("boleto", e.boletoId() == null ? null : e.boletoId().valor()));
        if (inseridos == 1) {
            aplicar(e.tenantId().valor(), Contribuicao.deDisparo(StatusDisparo.SOLICITADO), origem.ocorridoEm());
        }
    }

    @EventHandler
    void on(DisparoEnviado e, EventMessage<?> mensagem) {
        mudarStatus(e.tenantId(), e.disparoId(), StatusDisparo.ENVIADO, Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoFalhou e, EventMessage<?> mensagem) {
        mudarStatus(e.tenantId(), e.disparoId(), StatusDisparo.FALHOU, Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoEntregue e, EventMessage<?> mensagem) {
        mudarStatus(e.tenantId(), e.disparoId(), StatusDisparo.ENTREGUE, Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoLido e, EventMessage<?> mensagem) {
        mudarStatus(e.tenantId(), e.disparoId(), StatusDisparo.LIDO, Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoAbandonado e, EventMessage<?> mensagem) {
        mudarStatus(e.tenantId(), e.disparoId(), StatusDisparo.ABANDONADO, Origem.de(mensagem));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE dashboard_tenant, dashboard_boleto, dashboard_disparo, dashboard_cliente");
        emMemoria.esquecerTodos();
    }

    @QueryHandler
    Dashboard handle(BuscarDashboardQuery q) {
        return emMemoria.ler(q.tenantId().valor(), () -> lerDoBanco(q));
    }

    private Dashboard lerDoBanco(BuscarDashboardQuery q) {
        List<Dashboard> linhas = jdbc.query("SELECT * FROM dashboard_tenant WHERE tenant_id = :tenant",
                new Parametros("tenant", q.tenantId().valor()), (rs, n) -> {
                    long disparosTotal = rs.getLong("disparos_total");
                    long lidos = rs.getLong("disparos_lidos");
                    long entregues = rs.getLong("disparos_entregues") + lidos;
                    long enviados = rs.getLong("disparos_enviados") + entregues;
                    return new Dashboard(
                            new ResumoBoletos(rs.getLong("boletos_total"), rs.getLong("boletos_enviados"),
                                    rs.getLong("boletos_pendentes"), rs.getLong("boletos_vencidos"),
                                    rs.getLong("boletos_pagos"), rs.getLong("boletos_cancelados")),
                            new ResumoValores(Dinheiro.deCentavos(rs.getLong("valor_total_centavos")),
                                    Dinheiro.deCentavos(rs.getLong("valor_pago_centavos")),
                                    Dinheiro.deCentavos(rs.getLong("valor_pendente_centavos"))),
                            new ResumoDisparos(disparosTotal, enviados, entregues, lidos,
                                    rs.getLong("disparos_falhos") + rs.getLong("disparos_abandonados"),
                                    rs.getLong("disparos_solicitados")),
                            Percentual.de(enviados, disparosTotal),
                            rs.getLong("clientes_unicos"),
                            Sql.instante(rs, "atualizado_em"));
                });
        return linhas.isEmpty() ? vazio() : linhas.get(0);
    }

    private void mudarSituacao(TenantId tenant, BoletoId boleto, SituacaoBoleto nova, Origem origem) {
        mudar(tenant, boleto, origem, antes -> nova, BoletoNoPainel::pago);
    }

    /** Moves a boleto's row to its new situation and amount received, and the counters by the difference. */
    private void mudar(TenantId tenant, BoletoId boleto, Origem origem, Function<BoletoNoPainel, SituacaoBoleto> situacao,
            Function<BoletoNoPainel, Long> pago) {
        MapSqlParameterSource chave = Sql.parametros(tenant.valor(), origem).addValue("boleto", boleto.valor());
        List<BoletoNoPainel> encontrados = jdbc.query("""
                SELECT situacao, valor_centavos, pago_centavos, enviado, versao FROM dashboard_boleto
                WHERE tenant_id = :tenant AND boleto_id = :boleto FOR UPDATE""", chave,
                (rs, n) -> new BoletoNoPainel(SituacaoBoleto.valueOf(rs.getString("situacao")),
                        rs.getLong("valor_centavos"), rs.getObject("pago_centavos", Long.class), rs.getBoolean("enviado"),
                        rs.getLong("versao")));
        if (encontrados.isEmpty() || !maisNovo(origem, encontrados.get(0).versao())) {
            return;
        }
        BoletoNoPainel antes = encontrados.get(0);
        SituacaoBoleto nova = situacao.apply(antes);
        Long novoPago = pago.apply(antes);
        jdbc.update("""
                UPDATE dashboard_boleto SET situacao = :situacao, pago_centavos = :pago,
                  versao = COALESCE(CAST(:versao AS BIGINT), versao)
                WHERE tenant_id = :tenant AND boleto_id = :boleto""",
                chave.addValue("situacao", nova.name()).addValue("pago", novoPago));
        aplicar(tenant.valor(),
                Contribuicao.deBoleto(nova, antes.valor(), novoPago, antes.enviado())
                        .menos(Contribuicao.deBoleto(antes.situacao(), antes.valor(), antes.pago(), antes.enviado())),
                origem.ocorridoEm());
    }

    private void mudarStatus(TenantId tenant, DisparoId disparo, StatusDisparo novo, Origem origem) {
        MapSqlParameterSource chave = Sql.parametros(tenant.valor(), origem).addValue("disparo", disparo.valor());
        List<DisparoNoPainel> encontrados = jdbc.query("""
                SELECT boleto_id, status, versao FROM dashboard_disparo
                WHERE tenant_id = :tenant AND disparo_id = :disparo FOR UPDATE""", chave,
                (rs, n) -> new DisparoNoPainel(Sql.uuid(rs, "boleto_id"), StatusDisparo.valueOf(rs.getString("status")),
                        rs.getLong("versao")));
        if (encontrados.isEmpty() || !maisNovo(origem, encontrados.get(0).versao())) {
            return;
        }
        DisparoNoPainel antes = encontrados.get(0);
        jdbc.update("""
                UPDATE dashboard_disparo SET status = :status, versao = COALESCE(CAST(:versao AS BIGINT), versao)
                WHERE tenant_id = :tenant AND disparo_id = :disparo""", chave.addValue("status", novo.name()));
        Contribuicao diferenca = Contribuicao.deDisparo(novo).menos(Contribuicao.deDisparo(antes.status()));
        if (ALCANCOU_O_GATEWAY.contains(novo) && antes.boleto() != null && jdbc.update("""
                UPDATE dashboard_boleto SET enviado = TRUE
                WHERE tenant_id = :tenant AND boleto_id = :boleto AND NOT enviado""",
                new Parametros("tenant", tenant.valor()).addValue("boleto", antes.boleto())) == 1) {
            diferenca.mais(Contador.BOLETOS_ENVIADOS, 1);
        }
        aplicar(tenant.valor(), diferenca, origem.ocorridoEm());
    }

    /**
     * Adds the difference to the tenant's counters: at once outside a unit of work, else gathered per
     * tenant and written once when the batch commits (one statement per tenant instead of one per event).
     */
    private void aplicar(UUID tenant, Contribuicao diferenca, Instant em) {
        if (diferenca.vazia()) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            somar(tenant, diferenca, em);
            return;
        }
        UnitOfWork<?> lote = CurrentUnitOfWork.get().root();
        lote.getOrComputeResource(CONTADORES_DO_LOTE, chave -> {
            ContadoresDoLote contadores = new ContadoresDoLote();
            lote.onPrepareCommit(u -> contadores.porTenant.forEach((t, soma) -> {
                if (!soma.vazia()) {
                    somar(t, soma, contadores.ultimoInstante.get(t));
                }
            }));
            return contadores;
        }).mais(tenant, diferenca, em);
    }

    private void somar(UUID tenant, Contribuicao diferenca, Instant em) {
        MapSqlParameterSource parametros = new Parametros("tenant", tenant)
                .addValue("em", Sql.instante(em));
        for (Contador contador : Contador.values()) {
            parametros.addValue(contador.coluna(), diferenca.valor(contador));
        }
        jdbc.update(SOMA_CONTADORES, parametros);
        emMemoria.esquecerAoConfirmar(tenant);
    }

    private static boolean maisNovo(Origem origem, long versaoAtual) {
        return origem.versao() == null || origem.versao() > versaoAtual;
    }

    private static String somaContadores() {
        List<String> colunas = Arrays.stream(Contador.values()).map(Contador::coluna).toList();
        return "INSERT INTO dashboard_tenant (tenant_id, " + String.join(", ", colunas) + ", atualizado_em) VALUES (:tenant, "
                + colunas.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", :em) "
                + "ON CONFLICT (tenant_id) DO UPDATE SET "
                + colunas.stream().map(c -> c + " = dashboard_tenant." + c + " + EXCLUDED." + c)
                        .collect(Collectors.joining(", "))
                + ", atualizado_em = GREATEST(dashboard_tenant.atualizado_em, EXCLUDED.atualizado_em)";
    }


    private static Dashboard vazio() {
        return new Dashboard(new ResumoBoletos(0, 0, 0, 0, 0, 0),
                new ResumoValores(Dinheiro.ZERO, Dinheiro.ZERO, Dinheiro.ZERO),
                new ResumoDisparos(0, 0, 0, 0, 0, 0), BigDecimal.ZERO.setScale(2), 0, null);
    }

    /** The counters' differences of one batch, per tenant, and the latest moment each tenant saw. */
    private static final class ContadoresDoLote {

        private final Map<UUID, Contribuicao> porTenant = new LinkedHashMap<>();
        private final Map<UUID, Instant> ultimoInstante = new HashMap<>();

        void mais(UUID tenant, Contribuicao diferenca, Instant em) {
            porTenant.computeIfAbsent(tenant, t -> Contribuicao.nenhuma()).mais(diferenca);
            if (em != null) {
                ultimoInstante.merge(tenant, em, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    private record BoletoNoPainel(SituacaoBoleto situacao, long valor, Long pago, boolean enviado, long versao) {
    }

    private record DisparoNoPainel(UUID boleto, StatusDisparo status, long versao) {
    }
}
