package br.com.nexus.query.boleto;

import static br.com.nexus.query.comum.Sql.NOVA_VERSAO;
import static br.com.nexus.query.comum.Sql.VERSAO_MAIS_NOVA;

import br.com.nexus.kernel.boleto.BoletoCancelado;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.EstornoNoBoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.BoletoVencido;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Ordenacao;
import br.com.nexus.kernel.consulta.boleto.BoletoDetalhe;
import br.com.nexus.kernel.consulta.boleto.BoletoResumo;
import br.com.nexus.kernel.consulta.boleto.BuscarBoletoQuery;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.comum.Origem;
import br.com.nexus.query.comum.Parametros;
import br.com.nexus.query.comum.Sql;
import br.com.nexus.query.disparo.DisparosProjection;
import br.com.nexus.query.pagamento.PagamentosProjection;
import java.time.YearMonth;
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
 * The list and detail of boletos: one row per boleto in {@code consulta_boleto}, marked as sent
 * once one of its dispatches reaches the gateway.
 */
@Component
@ProcessingGroup(Grupos.LISTAS)
public class BoletosProjection {

    static final Map<String, String> ORDENACOES = Map.of(
            "vencimento", "t.vencimento",
            "valor", "t.valor_centavos",
            "registradoEm", "t.registrado_em",
            "atualizadoEm", "t.atualizado_em",
            "cliente", "c.nome");
    private static final Ordenacao PADRAO = new Ordenacao("vencimento", false);
    /** The select list of a boleto row with its cliente's name; the table is aliased {@code t}. */
    public static final String SELECAO = """
            t.*, c.nome AS cliente_nome FROM consulta_boleto t
            LEFT JOIN consulta_cliente c ON c.tenant_id = t.tenant_id AND c.cliente_id = t.cliente_id""";

    public static final RowMapper<BoletoResumo> RESUMO = (rs, n) -> new BoletoResumo(
            new BoletoId(Sql.uuid(rs, "boleto_id")),
            Sql.id(rs, "cliente_id", ClienteId::new),
            rs.getString("cliente_nome"),
            Sql.enumeracao(rs, "origem", OrigemBoleto.class),
            rs.getString("nosso_numero"),
            rs.getString("linha_digitavel"),
            Dinheiro.deCentavos(rs.getLong("valor_centavos")),
            Sql.data(rs, "vencimento"),
            Sql.inteiro(rs, "parcela"),
            rs.getString("referencia") == null ? null : YearMonth.parse(rs.getString("referencia")),
            rs.getString("descricao"),
            Sql.enumeracao(rs, "situacao", SituacaoBoleto.class),
            rs.getBoolean("enviado"),
            rs.getString("pdf_sha256") != null,
            Sql.id(rs, "pagamento_id", PagamentoId::new),
            Sql.instante(rs, "registrado_em"),
            Sql.instante(rs, "atualizado_em"));

    private final NamedParameterJdbcTemplate jdbc;

    public BoletosProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BoletoRegistrado e, EventMessage<?> mensagem) {
        jdbc.update("""
                INSERT INTO consulta_boleto (tenant_id, boleto_id, cliente_id, origem, nosso_numero, linha_digitavel,
                  codigo_barras, valor_centavos, vencimento, parcela, referencia, descricao, situacao,
                  registrado_em, atualizado_em, versao)
                VALUES (:tenant, :boleto, :cliente, :origem, :nossoNumero, :linha, :codigo, :valor, :vencimento,
                  :parcela, :referencia, :descricao, 'PENDENTE', :em, :em, COALESCE(CAST(:versao AS BIGINT), 0))
                ON CONFLICT (tenant_id, boleto_id) DO NOTHING""",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem))
                        .addValue("cliente", e.clienteId() == null ? null : e.clienteId().valor())
                        .addValue("origem", Sql.nome(e.origem()))
                        .addValue("nossoNumero", e.nossoNumero())
                        .addValue("linha", e.linhaDigitavel() == null ? null : e.linhaDigitavel().numero())
                        .addValue("codigo", e.codigoBarras() == null ? null : e.codigoBarras().numero())
                        .addValue("valor", e.valor() == null ? 0L : e.valor().centavos())
                        .addValue("vencimento", e.vencimento())
                        .addValue("parcela", e.parcela())
                        .addValue("referencia", e.referencia() == null ? null : e.referencia().toString())
                        .addValue("descricao", e.descricao()));
    }

    @EventHandler
    void on(BoletoPdfAnexado e, EventMessage<?> mensagem) {
        atualizar("pdf_sha256 = :sha256, pdf_tamanho = :tamanho",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem))
                        .addValue("sha256", e.sha256())
                        .addValue("tamanho", e.tamanho()));
    }

    @EventHandler
    void on(BoletoVencido e, EventMessage<?> mensagem) {
        atualizar("situacao = 'VENCIDO'", parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem)));
    }

    @EventHandler
    void on(BoletoPago e, EventMessage<?> mensagem) {
        atualizar("situacao = 'PAGO', pagamento_id = :pagamento, valor_pago_centavos = valor_centavos + :excedente",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem))
                        .addValue("pagamento", e.pagamentoId() == null ? null : e.pagamentoId().valor())
                        .addValue("excedente", e.excedente() == null ? 0L : e.excedente().centavos()));
    }

    @EventHandler
    void on(BoletoPagoParcialmente e, EventMessage<?> mensagem) {
        atualizar("valor_pago_centavos = GREATEST(valor_centavos - :saldo, 0)",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem))
                        .addValue("saldo", e.saldo().centavos()));
    }

    @EventHandler
    void on(EstornoNoBoletoRegistrado e, EventMessage<?> mensagem) {
        atualizar("valor_pago_centavos = :recebido",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem))
                        .addValue("recebido", e.valorRecebido().centavos()));
    }

    /** Open again: no payment settles it, and it received only what is not still owed. */
    @EventHandler
    void on(BoletoReaberto e, EventMessage<?> mensagem) {
        atualizar("situacao = :situacao, pagamento_id = NULL, valor_pago_centavos = GREATEST(valor_centavos - :saldo, 0)",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem))
                        .addValue("situacao", e.vencido() ? "VENCIDO" : "PENDENTE")
                        .addValue("saldo", e.saldo().centavos()));
    }

    @EventHandler
    void on(BoletoCancelado e, EventMessage<?> mensagem) {
        atualizar("situacao = 'CANCELADO', motivo_cancelamento = :motivo",
                parametros(e.tenantId().valor(), e.boletoId(), Origem.de(mensagem)).addValue("motivo", e.motivo()));
    }

    @EventHandler
    void on(DisparoEnviado e, EventMessage<?> mensagem) {
        marcarEnviado(e.tenantId(), e.disparoId(), Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoEntregue e, EventMessage<?> mensagem) {
        marcarEnviado(e.tenantId(), e.disparoId(), Origem.de(mensagem));
    }

    @EventHandler
    void on(DisparoLido e, EventMessage<?> mensagem) {
        marcarEnviado(e.tenantId(), e.disparoId(), Origem.de(mensagem));
    }

    @ResetHandler
    void limpar() {
        jdbc.getJdbcTemplate().execute("TRUNCATE consulta_boleto");
    }

    @QueryHandler
    PaginaDeBoletos handle(ListarBoletosQuery q) {
        ConsultaDeLista consulta = filtros(q);
        List<BoletoResumo> itens = consulta.pagina(jdbc, SELECAO, ORDENACOES, q.ordenacao(), PADRAO, "t.boleto_id",
                q.page(), q.size(), RESUMO);
        return new PaginaDeBoletos(itens, q.page(), q.size(), consulta.contar(jdbc));
    }

    /** The list's filters, also used by the spreadsheet export; paging and order are left out. */
    public static ConsultaDeLista filtros(ListarBoletosQuery q) {
        return new ConsultaDeLista("consulta_boleto", q.tenantId().valor())
                .filtro("t.situacao = :situacao", "situacao", Sql.nome(q.situacao()))
                .filtro("t.vencimento >= :de", "de", q.vencimentoDe())
                .filtro("t.vencimento <= :ate", "ate", q.vencimentoAte())
                .filtro("t.cliente_id = :cliente", "cliente", q.clienteId() == null ? null : q.clienteId().valor())
                .filtro("t.origem = :origem", "origem", Sql.nome(q.origem()))
                .filtro("t.enviado = :enviado", "enviado", q.enviado());
    }

    @QueryHandler
    Optional<BoletoDetalhe> handle(BuscarBoletoQuery q) {
        MapSqlParameterSource chave = new Parametros("tenant", q.tenantId().valor())
                .addValue("boleto", q.boletoId().valor());
        return jdbc.query("SELECT " + SELECAO + " WHERE t.tenant_id = :tenant AND t.boleto_id = :boleto", chave,
                (rs, n) -> new BoletoDetalhe(
                        RESUMO.mapRow(rs, n),
                        rs.getString("codigo_barras"),
                        rs.getString("pdf_sha256"),
                        Sql.longo(rs, "pdf_tamanho"),
                        rs.getString("motivo_cancelamento"),
                        jdbc.query("""
                                SELECT * FROM consulta_disparo WHERE tenant_id = :tenant AND boleto_id = :boleto
                                ORDER BY solicitado_em, disparo_id""", chave, DisparosProjection.LINHA),
                        jdbc.query("""
                                SELECT * FROM consulta_pagamento WHERE tenant_id = :tenant AND boleto_id = :boleto
                                ORDER BY criado_em NULLS LAST, pagamento_id""", chave, PagamentosProjection.LINHA),
                        Dinheiro.deCentavos(valorRecebido(rs))))
                .stream().findFirst();
    }

    /** Rows from before the amount was kept: all of the boleto's value when paid, nothing otherwise. */
    private static long valorRecebido(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long recebido = rs.getObject("valor_pago_centavos", Long.class);
        if (recebido != null) {
            return recebido;
        }
        return "PAGO".equals(rs.getString("situacao")) ? rs.getLong("valor_centavos") : 0;
    }

    private void marcarEnviado(TenantId tenant, DisparoId disparo, Origem origem) {
        jdbc.update("""
                UPDATE consulta_boleto b SET enviado = TRUE, atualizado_em = GREATEST(b.atualizado_em, :em)
                FROM consulta_disparo d
                WHERE d.tenant_id = :tenant AND d.disparo_id = :disparo
                  AND b.tenant_id = d.tenant_id AND b.boleto_id = d.boleto_id AND NOT b.enviado""",
                Sql.parametros(tenant.valor(), origem).addValue("disparo", disparo.valor()));
    }

    private void atualizar(String atribuicoes, MapSqlParameterSource parametros) {
        jdbc.update("UPDATE consulta_boleto SET " + atribuicoes + ", atualizado_em = GREATEST(atualizado_em, :em), "
                + NOVA_VERSAO
                + " WHERE tenant_id = :tenant AND boleto_id = :boleto AND " + VERSAO_MAIS_NOVA, parametros);
    }

    private static MapSqlParameterSource parametros(UUID tenant, BoletoId boleto, Origem origem) {
        return Sql.parametros(tenant, origem).addValue("boleto", boleto.valor());
    }
}
