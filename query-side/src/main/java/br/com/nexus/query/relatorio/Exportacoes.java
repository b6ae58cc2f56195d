package br.com.nexus.query.relatorio;

import static br.com.nexus.query.relatorio.Planilha.Tipo.DATA;
import static br.com.nexus.query.relatorio.Planilha.Tipo.DATA_HORA;
import static br.com.nexus.query.relatorio.Planilha.Tipo.INTEIRO;
import static br.com.nexus.query.relatorio.Planilha.Tipo.MOEDA;
import static br.com.nexus.query.relatorio.Planilha.Tipo.TEXTO;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.boleto.BoletoResumo;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.disparo.DisparoResumo;
import br.com.nexus.kernel.consulta.disparo.ListarDisparosQuery;
import br.com.nexus.kernel.consulta.lead.LeadResumo;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import br.com.nexus.query.boleto.BoletosProjection;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.ConsultaDeLista;
import br.com.nexus.query.comum.Mascaras;
import br.com.nexus.query.disparo.DisparosProjection;
import br.com.nexus.query.lead.LeadsProjection;
import br.com.nexus.query.pagamento.PagamentosProjection;
import br.com.nexus.query.relatorio.Planilha.Coluna;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel exports of the lists, with the lists' own filters and no size limit: rows stream from a
 * database cursor into a streaming workbook, so a large tenant does not fill the memory.
 */
@Component
public class Exportacoes {

    private static final int LINHAS_POR_BUSCA = 500;
    private static final String DO_CLIENTE_E_DO_BOLETO = "c.nome AS cliente_nome, c.cpf AS cliente_cpf, "
            + "b.vencimento AS boleto_vencimento, b.valor_centavos AS boleto_valor_centavos, "
            + "b.nosso_numero AS boleto_nosso_numero, b.referencia AS boleto_referencia";
    private static final String JUNTAR_CLIENTE_E_BOLETO =
            " LEFT JOIN consulta_cliente c ON c.tenant_id = t.tenant_id AND c.cliente_id = t.cliente_id"
            + " LEFT JOIN consulta_boleto b ON b.tenant_id = t.tenant_id AND b.boleto_id = t.boleto_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate leitura;
    private final Calendario calendario;

    public Exportacoes(DataSource dataSource, PlatformTransactionManager transacoes, Calendario calendario) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(LINHAS_POR_BUSCA);
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
        this.leitura = new TransactionTemplate(transacoes);
        this.leitura.setReadOnly(true);
        this.calendario = calendario;
    }

    public void boletos(ListarBoletosQuery q, OutputStream saida) {
        exportar("Boletos", List.of(
                new Coluna("Cliente", TEXTO, 30),
                new Coluna("Vencimento", DATA, 12),
                new Coluna("Valor", MOEDA, 14),
                new Coluna("Situação", TEXTO, 12),
                new Coluna("Enviado", TEXTO, 9),
                new Coluna("Parcela", INTEIRO, 9),
                new Coluna("Referência", TEXTO, 11),
                new Coluna("Nosso número", TEXTO, 16),
                new Coluna("Linha digitável", TEXTO, 50),
                new Coluna("Origem", TEXTO, 10),
                new Coluna("Registrado em", DATA_HORA, 17),
                new Coluna("Boleto", TEXTO, 38)),
                BoletosProjection.filtros(q), BoletosProjection.SELECAO, "t.vencimento, t.boleto_id",
                BoletosProjection.RESUMO, (Planilha p, BoletoResumo b) -> p.linha(b.clienteNome(), b.vencimento(),
                        b.valor(), b.situacao(), b.enviado() ? "Sim" : "Não", b.parcela(), b.referencia(),
                        b.nossoNumero(), b.linhaDigitavel(), b.origem(), b.registradoEm(), b.id()),
                saida);
    }

    public void pagamentos(ListarPagamentosQuery q, OutputStream saida) {
        exportar("Pagamentos", List.of(
                new Coluna("Cliente", TEXTO, 30),
                new Coluna("CPF", TEXTO, 16),
                new Coluna("Data do pagamento", DATA, 12),
                new Coluna("Status", TEXTO, 12),
                new Coluna("Método", TEXTO, 10),
                new Coluna("Provedor", TEXTO, 10),
                new Coluna("Valor", MOEDA, 14),
                new Coluna("Valor pago", MOEDA, 14),
                new Coluna("Valor estornado", MOEDA, 14),
                new Coluna("Motivo", TEXTO, 30),
                new Coluna("Vencimento do boleto", DATA, 12),
                new Coluna("Valor do boleto", MOEDA, 14),
                new Coluna("Nosso número", TEXTO, 16),
                new Coluna("Referência", TEXTO, 11),
                new Coluna("Referência externa", TEXTO, 24),
                new Coluna("Criado em", DATA_HORA, 17),
                new Coluna("Boleto", TEXTO, 38),
                new Coluna("Pagamento", TEXTO, 38)),
                PagamentosProjection.filtros(q), "t.*, " + DO_CLIENTE_E_DO_BOLETO + " FROM consulta_pagamento t"
                        + JUNTAR_CLIENTE_E_BOLETO,
                "t.criado_em NULLS LAST, t.pagamento_id", comContexto(PagamentosProjection.LINHA),
                (Planilha p, ComContexto<PagamentoResumo> linha) -> {
                    PagamentoResumo r = linha.item();
                    p.linha(linha.clienteNome(), linha.cpf(), r.dataPagamento(), r.status(), r.metodo(),
                            r.provedor(), r.valor(), r.valorPago(), r.valorEstornado(), r.motivo(),
                            linha.vencimento(), linha.valorDoBoleto(), linha.nossoNumero(), linha.referencia(),
                            r.referenciaExterna(), r.criadoEm(), r.boletoId(), r.id());
                },
                saida);
    }

    public void disparos(ListarDisparosQuery q, OutputStream saida) {
        exportar("Disparos", List.of(
                new Coluna("Cliente", TEXTO, 30),
                new Coluna("CPF", TEXTO, 16),
                new Coluna("Solicitado em", DATA_HORA, 17),
                new Coluna("Status", TEXTO, 12),
                new Coluna("Tentativas", INTEIRO, 11),
                new Coluna("Último erro", TEXTO, 30),
                new Coluna("Destino", TEXTO, 16),
                new Coluna("Enviado em", DATA_HORA, 17),
                new Coluna("Entregue em", DATA_HORA, 17),
                new Coluna("Lido em", DATA_HORA, 17),
                new Coluna("Vencimento do boleto", DATA, 12),
                new Coluna("Valor do boleto", MOEDA, 14),
                new Coluna("Nosso número", TEXTO, 16),
                new Coluna("Referência", TEXTO, 11),
                new Coluna("Boleto", TEXTO, 38),
                new Coluna("Disparo", TEXTO, 38)),
                DisparosProjection.filtros(q), "t.*, " + DO_CLIENTE_E_DO_BOLETO + " FROM consulta_disparo t"
                        + JUNTAR_CLIENTE_E_BOLETO,
                "t.solicitado_em, t.disparo_id", comContexto(DisparosProjection.LINHA),
                (Planilha p, ComContexto<DisparoResumo> linha) -> {
                    DisparoResumo d = linha.item();
                    p.linha(linha.clienteNome(), linha.cpf(), d.solicitadoEm(), d.status(), d.tentativas(),
                            d.ultimoErro(), d.destino(), d.enviadoEm(), d.entregueEm(), d.lidoEm(),
                            linha.vencimento(), linha.valorDoBoleto(), linha.nossoNumero(), linha.referencia(),
                            d.boletoId(), d.id());
                },
                saida);
    }

    /** A row with who it is about (name, masked CPF) and which boleto (vencimento, amount, references). */
    private record ComContexto<T>(T item, String clienteNome, String cpf, LocalDate vencimento,
            Dinheiro valorDoBoleto, String nossoNumero, String referencia) {
    }

    private static <T> RowMapper<ComContexto<T>> comContexto(RowMapper<T> leitor) {
        return (rs, n) -> {
            long valor = rs.getLong("boleto_valor_centavos");
            Dinheiro valorDoBoleto = rs.wasNull() ? null : Dinheiro.deCentavos(valor);
            java.sql.Date vencimento = rs.getDate("boleto_vencimento");
            return new ComContexto<>(leitor.mapRow(rs, n), rs.getString("cliente_nome"),
                    Mascaras.cpf(rs.getString("cliente_cpf")), vencimento == null ? null : vencimento.toLocalDate(),
                    valorDoBoleto, rs.getString("boleto_nosso_numero"), rs.getString("boleto_referencia"));
        };
    }

    public void leads(ListarLeadsQuery q, OutputStream saida) {
        exportar("Leads", List.of(
                new Coluna("Nome", TEXTO, 30),
                new Coluna("Telefone", TEXTO, 16),
                new Coluna("E-mail", TEXTO, 28),
                new Coluna("Origem", TEXTO, 12),
                new Coluna("Interesse", TEXTO, 24),
                new Coluna("Etapa", TEXTO, 12),
                new Coluna("Motivo da perda", TEXTO, 24),
                new Coluna("Agendado para", DATA_HORA, 17),
                new Coluna("Capturado em", DATA_HORA, 17),
                new Coluna("Atualizado em", DATA_HORA, 17)),
                LeadsProjection.filtros(q), "t.* FROM consulta_lead t", "t.capturado_em, t.lead_id",
                LeadsProjection.LINHA, (Planilha p, LeadResumo l) -> p.linha(l.nome(), l.telefone(), l.email(),
                        l.origem(), l.interesse(), l.etapa(), l.motivoPerda(), l.agendadoPara(), l.capturadoEm(),
                        l.atualizadoEm()),
                saida);
    }

    private <T> void exportar(String aba, List<Coluna> colunas, ConsultaDeLista consulta, String selecao, String ordem,
            RowMapper<T> leitor, java.util.function.BiConsumer<Planilha, T> escrever, OutputStream saida) {
        try (Planilha planilha = new Planilha(aba, colunas, calendario.fuso())) {
            Consumer<T> cada = item -> escrever.accept(planilha, item);
            leitura.executeWithoutResult(status -> {
                int[] n = {0};
                consulta.percorrer(jdbc, selecao, ordem, rs -> cada.accept(leitor.mapRow(rs, n[0]++)));
            });
            planilha.escrever(saida);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
