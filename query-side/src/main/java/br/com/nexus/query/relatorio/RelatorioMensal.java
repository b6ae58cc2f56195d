package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.Agrupamento;
import br.com.nexus.kernel.consulta.boleto.BoletoResumo;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.consulta.financeiro.BuscarFinanceiroQuery;
import br.com.nexus.kernel.consulta.financeiro.Financeiro;
import br.com.nexus.kernel.consulta.financeiro.ReceitaPorMetodo;
import br.com.nexus.kernel.consulta.funil.BuscarFunilQuery;
import br.com.nexus.kernel.consulta.funil.ConversaoEtapa;
import br.com.nexus.kernel.consulta.funil.Funil;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import br.com.nexus.kernel.consulta.pagamento.PaginaDePagamentos;
import br.com.nexus.kernel.consulta.relatorio.BuscarResumoMensalQuery;
import br.com.nexus.kernel.consulta.relatorio.ResumoMensal;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Paginacao;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/**
 * The monthly PDF of a tenant: the month's KPIs, revenue with a chart of the daily figures, the
 * sales funnel, and tables of the month's boletos and payments, in the words an operator uses and
 * with each figure explained. Everything comes through the same queries as the API, so the report
 * and the screens never disagree.
 */
@Component
public class RelatorioMensal {

    /** Rows per table; a month with more shows the first ones and says how many were left out. */
    static final int LINHAS_MAXIMAS = 500;
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Font TITULO = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font SECAO = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font NEGRITO = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font NOTA = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Font.NORMAL,
            new java.awt.Color(0x55, 0x55, 0x55));

    private final Consultas consultas;
    private final Calendario calendario;
    private final ClientesDoRelatorio clientes;

    RelatorioMensal(Consultas consultas, Calendario calendario, ClientesDoRelatorio clientes) {
        this.consultas = consultas;
        this.calendario = calendario;
        this.clientes = clientes;
    }

    public void gerar(TenantId tenant, YearMonth mes, Instant geradoEm, OutputStream saida) {
        LocalDate de = mes.atDay(1);
        LocalDate ate = mes.atEndOfMonth();
        ResumoMensal resumo = consultas.buscar(new BuscarResumoMensalQuery(tenant, mes), ResumoMensal.class);
        Financeiro financeiro = consultas.buscar(new BuscarFinanceiroQuery(tenant, de, ate), Financeiro.class);
        Funil funil = consultas.buscar(new BuscarFunilQuery(tenant, de, ate, null, Agrupamento.SEMANA), Funil.class);
        Pagina<BoletoResumo> boletos = primeiras(pagina -> {
            PaginaDeBoletos p = consultas.buscar(new ListarBoletosQuery(tenant, null, de, ate, null, null, null, null,
                    pagina, Paginacao.TAMANHO_MAXIMO), PaginaDeBoletos.class);
            return new Pagina<>(p.items(), p.total());
        });
        Pagina<PagamentoResumo> pagamentos = primeiras(pagina -> {
            PaginaDePagamentos p = consultas.buscar(new ListarPagamentosQuery(tenant, null, null, null, null, null, de,
                    ate, new br.com.nexus.kernel.consulta.Ordenacao("dataPagamento", false), pagina,
                    Paginacao.TAMANHO_MAXIMO), PaginaDePagamentos.class);
            return new Pagina<>(p.items(), p.total());
        });

        List<ClienteId> mencionados = new ArrayList<>();
        boletos.itens().forEach(b -> mencionados.add(b.clienteId()));
        pagamentos.itens().forEach(p -> mencionados.add(p.clienteId()));
        Map<ClienteId, ClientesDoRelatorio.Identificacao> quem = clientes.buscar(tenant, mencionados);

        Document documento = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter escritor = PdfWriter.getInstance(documento, saida);
            documento.addTitle("Relatório mensal de cobrança " + mes);
            documento.open();
            documento.add(new Paragraph("Relatório mensal de cobrança", TITULO));
            documento.add(new Paragraph(nomeDoMes(mes) + " · gerado em "
                    + DATA_HORA.format(geradoEm.atZone(calendario.fuso())), NORMAL));
            indicadores(documento, resumo);
            receita(documento, escritor, financeiro);
            funil(documento, funil);
            boletos(documento, boletos, quem);
            pagamentos(documento, pagamentos, quem);
            documento.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Falha ao montar o relatório mensal", e);
        }
    }

    private void indicadores(Document documento, ResumoMensal r) throws DocumentException {
        secao(documento, "Indicadores do mês");
        PdfPTable tabela = tabela(new float[] {3, 2, 3, 2});
        par(tabela, "Boletos com vencimento no mês", r.boletos().total(), "Valor total", r.valores().total());
        par(tabela, "Pagos", r.boletos().pagos(), "Valor pago", r.valores().pago());
        par(tabela, "Pendentes", r.boletos().pendentes(), "Valor pendente", r.valores().pendente());
        par(tabela, "Vencidos", r.boletos().vencidos(), "Cancelados", r.boletos().cancelados());
        par(tabela, "Boletos enviados", r.boletos().enviados(), "Disparos no mês", r.disparos().total());
        par(tabela, "Disparos entregues", r.disparos().entregues(), "Disparos lidos", r.disparos().lidos());
        par(tabela, "Disparos com erro", r.disparos().erro(), "Taxa de sucesso", percentual(r.taxaSucesso()));
        documento.add(tabela);
        nota(documento, "Os boletos contados aqui são os que vencem neste mês, pagos ou não. \"Valor pago\" soma "
                + "esses boletos que já foram pagos; \"Valor pendente\" soma os que ainda esperam pagamento, a "
                + "vencer ou vencidos. \"Taxa de sucesso\" é a parte dos disparos do mês que chegou ao WhatsApp "
                + "do cliente.");
    }

    private void receita(Document documento, PdfWriter escritor, Financeiro f) throws DocumentException {
        secao(documento, "Receita");
        documento.add(new Paragraph("Receita do mês: " + f.receita().formatado() + " · mês anterior: "
                + f.receitaPeriodoAnterior().formatado() + " · crescimento: "
                + (f.crescimento() == null ? "— (sem receita no mês anterior)" : percentual(f.crescimento())),
                NORMAL));
        documento.add(new Paragraph("Confirmados: " + f.confirmados().quantidade() + " ("
                + f.confirmados().valor().formatado() + ") · aguardando: " + f.pendentes().quantidade() + " ("
                + f.pendentes().valor().formatado() + ") · estornados: " + f.estornados().quantidade() + " ("
                + f.estornados().valor().formatado() + ")", NORMAL));
        nota(documento, "A receita do mês soma os pagamentos confirmados com data de pagamento neste mês, menos "
                + "os estornos, qualquer que seja o vencimento do boleto: inclui boletos de outros meses pagos agora "
                + "e pagamentos avulsos. Por isso difere do \"Valor pago\" dos indicadores, que olha os boletos "
                + "que vencem neste mês.");
        boolean semReceita = f.porDia().stream().allMatch(d -> d.receita().centavos() <= 0);
        if (semReceita) {
            documento.add(new Paragraph("Nenhum pagamento confirmado entre " + DATA.format(f.de()) + " e "
                    + DATA.format(f.ate()) + ": não há receita por dia para mostrar.", NORMAL));
        } else {
            documento.add(new Paragraph("Receita confirmada por dia, de " + DATA.format(f.de()) + " a "
                    + DATA.format(f.ate()) + ":", NORMAL));
            Image grafico = GraficoDeReceita.desenhar(escritor.getDirectContent(), f.porDia());
            grafico.setAlignment(Element.ALIGN_CENTER);
            grafico.setAlt("Receita confirmada por dia, em reais");
            documento.add(grafico);
        }
        if (!f.porMetodo().isEmpty()) {
            PdfPTable metodos = tabela(new float[] {3, 2, 3});
            cabecalho(metodos, "Forma de pagamento", "Pagamentos", "Receita");
            for (ReceitaPorMetodo m : f.porMetodo()) {
                linha(metodos, Rotulos.de(m.metodo()), String.valueOf(m.quantidade()), m.receita().formatado());
            }
            documento.add(metodos);
        }
    }

    private void funil(Document documento, Funil f) throws DocumentException {
        secao(documento, "Funil de vendas");
        documento.add(new Paragraph(f.total() + " leads captados no mês.", NORMAL));
        nota(documento, "\"Estão na etapa\" conta onde cada lead do mês parou; \"Passaram pela etapa\" conta os "
                + "que chegaram a ela em algum momento; a última coluna é a parte desses que seguiu para a etapa "
                + "seguinte.");
        PdfPTable tabela = tabela(new float[] {3, 2, 2, 3});
        cabecalho(tabela, "Etapa", "Estão na etapa", "Passaram pela etapa", "Seguiram para a próxima");
        for (EtapaLead etapa : EtapaLead.values()) {
            String conversao = f.conversoes().stream().filter(c -> c.de() == etapa).findFirst()
                    .map(ConversaoEtapa::taxa).map(RelatorioMensal::percentual).orElse("—");
            linha(tabela, Rotulos.de(etapa), String.valueOf(f.porEtapa().getOrDefault(etapa, 0L)),
                    String.valueOf(f.alcancaram().getOrDefault(etapa, 0L)), conversao);
        }
        documento.add(tabela);
        if (!f.motivosPerda().isEmpty()) {
            documento.add(new Paragraph("Motivos de perda: " + String.join("; ", f.motivosPerda().stream()
                    .map(m -> (m.motivo().isBlank() ? "sem motivo" : m.motivo()) + " (" + m.quantidade() + ")")
                    .toList()), NORMAL));
        }
    }

    private void boletos(Document documento, Pagina<BoletoResumo> boletos,
            Map<ClienteId, ClientesDoRelatorio.Identificacao> quem) throws DocumentException {
        secao(documento, "Boletos com vencimento no mês");
        if (boletos.itens().isEmpty()) {
            documento.add(new Paragraph("Nenhum boleto vence neste mês.", NORMAL));
            return;
        }
        PdfPTable tabela = tabela(new float[] {5, 2, 2, 2});
        cabecalho(tabela, "Cliente", "Vencimento", "Valor", "Situação");
        for (BoletoResumo b : boletos.itens()) {
            linha(tabela, cliente(quem, b.clienteId(), b.clienteNome()),
                    b.vencimento() == null ? "—" : DATA.format(b.vencimento()), b.valor().formatado(),
                    Rotulos.de(b.situacao()));
        }
        documento.add(tabela);
        restantes(documento, boletos);
    }

    private void pagamentos(Document documento, Pagina<PagamentoResumo> pagamentos,
            Map<ClienteId, ClientesDoRelatorio.Identificacao> quem) throws DocumentException {
        secao(documento, "Pagamentos do mês");
        if (pagamentos.itens().isEmpty()) {
            documento.add(new Paragraph("Nenhum pagamento com data neste mês.", NORMAL));
            return;
        }
        PdfPTable tabela = tabela(new float[] {5, 2, 2, 2, 2, 2});
        cabecalho(tabela, "Cliente", "Data", "Forma", "Recebido por", "Valor pago", "Situação");
        for (PagamentoResumo p : pagamentos.itens()) {
            linha(tabela, cliente(quem, p.clienteId(), null),
                    p.dataPagamento() == null ? "—" : DATA.format(p.dataPagamento()), Rotulos.de(p.metodo()),
                    Rotulos.de(p.provedor()), p.valorPago() == null ? "—" : p.valorPago().formatado(),
                    Rotulos.de(p.status()));
        }
        documento.add(tabela);
        restantes(documento, pagamentos);
    }

    private static String cliente(Map<ClienteId, ClientesDoRelatorio.Identificacao> quem, ClienteId id,
            String nomeConhecido) {
        ClientesDoRelatorio.Identificacao identificacao = id == null ? null : quem.get(id);
        if (identificacao != null) {
            return identificacao.texto();
        }
        return nomeConhecido == null ? "—" : nomeConhecido;
    }

    private static void nota(Document documento, String texto) throws DocumentException {
        Paragraph p = new Paragraph(texto, NOTA);
        p.setSpacingBefore(3);
        documento.add(p);
    }

    private static void restantes(Document documento, Pagina<?> pagina) throws DocumentException {
        if (pagina.total() > pagina.itens().size()) {
            documento.add(new Paragraph("… e mais " + (pagina.total() - pagina.itens().size())
                    + " (veja a exportação em Excel).", NORMAL));
        }
    }

    private static <T> Pagina<T> primeiras(IntFunction<Pagina<T>> buscar) {
        List<T> itens = new ArrayList<>();
        long total = 0;
        for (int pagina = 0; itens.size() < LINHAS_MAXIMAS; pagina++) {
            Pagina<T> p = buscar.apply(pagina);
            total = p.total();
            itens.addAll(p.itens());
            if (p.itens().size() < Paginacao.TAMANHO_MAXIMO) {
                break;
            }
        }
        return new Pagina<>(itens.size() > LINHAS_MAXIMAS ? itens.subList(0, LINHAS_MAXIMAS) : itens, total);
    }

    private static void secao(Document documento, String titulo) throws DocumentException {
        Paragraph p = new Paragraph(titulo, SECAO);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        documento.add(p);
    }

    private static PdfPTable tabela(float[] larguras) throws DocumentException {
        PdfPTable tabela = new PdfPTable(larguras);
        tabela.setWidthPercentage(100);
        tabela.setSpacingBefore(4);
        tabela.setHeaderRows(1);
        return tabela;
    }

    private static void cabecalho(PdfPTable tabela, String... titulos) {
        for (String titulo : titulos) {
            PdfPCell celula = new PdfPCell(new Phrase(titulo, NEGRITO));
            celula.setGrayFill(0.9f);
            tabela.addCell(celula);
        }
    }

    private static void linha(PdfPTable tabela, String... valores) {
        for (String valor : valores) {
            tabela.addCell(new Phrase(valor, NORMAL));
        }
    }

    private static void par(PdfPTable tabela, String rotulo1, Object valor1, String rotulo2, Object valor2) {
        tabela.addCell(new Phrase(rotulo1, NORMAL));
        tabela.addCell(new Phrase(texto(valor1), NEGRITO));
        tabela.addCell(new Phrase(rotulo2, NORMAL));
        tabela.addCell(new Phrase(texto(valor2), NEGRITO));
    }

    private static String texto(Object valor) {
        return valor instanceof Dinheiro d ? d.formatado() : String.valueOf(valor);
    }

    private static String percentual(BigDecimal valor) {
        return valor.toPlainString().replace('.', ',') + "%";
    }

    private static String nomeDoMes(YearMonth mes) {
        String nome = mes.getMonth().getDisplayName(TextStyle.FULL, PT_BR);
        return Character.toUpperCase(nome.charAt(0)) + nome.substring(1) + " de " + mes.getYear();
    }

    private record Pagina<T>(List<T> itens, long total) {
    }
}
