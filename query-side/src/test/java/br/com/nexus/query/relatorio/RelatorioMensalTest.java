package br.com.nexus.query.relatorio;

import static br.com.nexus.query.teste.Dados.boletoRegistrado;
import static br.com.nexus.query.teste.Dados.clienteCadastrado;
import static br.com.nexus.query.teste.Dados.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.boleto.BoletoPagoParcialmente;
import br.com.nexus.kernel.boleto.BoletoReaberto;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.relatorio.BuscarResumoMensalQuery;
import br.com.nexus.kernel.consulta.relatorio.ResumoMensal;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.query.boleto.BoletosProjection;
import br.com.nexus.query.cliente.ClientesProjection;
import br.com.nexus.query.comum.Calendario;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.disparo.DisparosProjection;
import br.com.nexus.query.financeiro.FinanceiroProjection;
import br.com.nexus.query.funil.FunilProjection;
import br.com.nexus.query.pagamento.PagamentosProjection;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import br.com.nexus.query.teste.PdfRenderizado;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;

class RelatorioMensalTest {

    private static final YearMonth MARCO = YearMonth.of(2026, 3);

    private final Calendario calendario = new Calendario(ZoneId.of("America/Sao_Paulo"), Clock.systemUTC());
    private final Object[] projecoes = {new BoletosProjection(BancoDeTeste.jdbc()),
            new ClientesProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build()), new PagamentosProjection(BancoDeTeste.jdbc()),
            new DisparosProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build()),
            new FinanceiroProjection(BancoDeTeste.jdbc(), calendario), new FunilProjection(BancoDeTeste.jdbc(), calendario)};
    private final Historia historia = new Historia(Instant.parse("2026-03-03T12:00:00Z"));
    private final TenantId tenant = TenantId.novo();
    private final RelatorioMensal relatorio;

    RelatorioMensalTest() {
        SimpleQueryBus barramento = SimpleQueryBus.builder().build();
        for (Object projecao : projecoes) {
            new AnnotationQueryHandlerAdapter<>(projecao).subscribe(barramento);
        }
        new AnnotationQueryHandlerAdapter<>(new ResumoMensalConsultas(BancoDeTeste.jdbc(), calendario))
                .subscribe(barramento);
        relatorio = new RelatorioMensal(new Consultas(DefaultQueryGateway.builder().queryBus(barramento).build()),
                calendario, new ClientesDoRelatorio(BancoDeTeste.jdbc()));
    }

    @Test
    void trazIndicadoresReceitaComGraficoFunilETabelas() throws IOException {
        ClienteId cliente = ClienteId.novo();
        historia.aplicar(cliente, clienteCadastrado(tenant, cliente, "Ana Souza"), projecoes);
        BoletoId pendente = BoletoId.novo();
        historia.aplicar(pendente, boletoRegistrado(tenant, pendente, cliente, 15_050, LocalDate.of(2026, 3, 10)),
                projecoes);
        BoletoId pago = BoletoId.novo();
        historia.aplicar(pago, boletoRegistrado(tenant, pago, cliente, 20_000, LocalDate.of(2026, 3, 5)), projecoes);
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(pagamento, new PagamentoCriado(pagamento, tenant, pago, cliente, Provedor.EFI, "txid",
                Dinheiro.deCentavos(20_000), MetodoPagamento.PIX), projecoes);
        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, pago, Dinheiro.deCentavos(20_000),
                LocalDate.of(2026, 3, 4), "e2e"), projecoes);
        historia.aplicar(pago, new BoletoPago(pago, tenant, pagamento), projecoes);
        LeadId lead = LeadId.novo();
        historia.aplicar(lead, leadCapturado(tenant, lead, "Bia", OrigemLead.INSTAGRAM), projecoes);
        historia.aplicar(lead, new LeadContatado(lead, tenant, null), projecoes);
        historia.aplicar(LeadId.novo(), leadCapturado(tenant, LeadId.novo(), "Caio", OrigemLead.SITE), projecoes);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        relatorio.gerar(tenant, MARCO, Instant.parse("2026-04-01T12:00:00Z"), pdf);

        PdfRenderizado lido = PdfRenderizado.de(pdf.toByteArray(), "relatorio-mensal");
        String texto = lido.texto();
        assertThat(lido.paginas()).isNotEmpty().allSatisfy(pagina ->
                assertThat(PdfRenderizado.tinta(pagina)).as("página em branco").isGreaterThan(0.01));
        assertThat(texto).contains("Relatório mensal de cobrança").contains("Março de 2026")
                .contains("gerado em 01/04/2026 09:00");
        assertThat(texto).contains("Boletos com vencimento no mês").contains("Valor total").contains("R$ 350,50")
                .contains("Valor pago").contains("R$ 200,00").contains("soma esses boletos que já foram pagos");
        assertThat(texto).contains("Receita do mês: R$ 200,00").contains("Pix").contains("qualquer que seja o vencimento");
        assertThat(texto).as("eixos do gráfico").contains("Receita (R$)").contains("Dia do pagamento")
                .contains("01/03").contains("31/03").contains("R$ 0,00");
        assertThat(texto).contains("Funil de vendas").contains("2 leads captados no mês").contains("50,00%")
                .contains("Captado").contains("Contatado").doesNotContain("CAPTURADO");
        assertThat(texto).contains("Ana Souza (***.444.777-**)").contains("10/03/2026").contains("R$ 150,50")
                .contains("A vencer").doesNotContain("PENDENTE").doesNotContain("111.444.777-35");
        assertThat(texto).contains("Pagamentos do mês").contains("04/03/2026").contains("Confirmado")
                .contains("Efí");
        assertThat(desenhos(new PdfReader(pdf.toByteArray()))).as("o gráfico de receita").isEqualTo(1);
    }

    @Test
    void valorPagoDoMesContaOQueCadaBoletoRecebeuLiquidoDeEstornos() {
        ClienteId cliente = ClienteId.novo();
        BoletoId parcial = BoletoId.novo();
        historia.aplicar(parcial, boletoRegistrado(tenant, parcial, cliente, 99_999, LocalDate.of(2026, 3, 10)),
                projecoes);
        historia.aplicar(parcial, new BoletoPagoParcialmente(parcial, tenant, PagamentoId.novo(),
                Dinheiro.parse("0.01"), Dinheiro.parse("999.98")), projecoes);
        BoletoId reaberto = BoletoId.novo();
        PagamentoId estornado = PagamentoId.novo();
        historia.aplicar(reaberto, boletoRegistrado(tenant, reaberto, cliente, 20_000, LocalDate.of(2026, 3, 5)),
                projecoes);
        historia.aplicar(reaberto, new BoletoPago(reaberto, tenant, estornado), projecoes);
        historia.aplicar(reaberto, new BoletoReaberto(reaberto, tenant, cliente, OrigemBoleto.GERADO,
                LocalDate.of(2026, 3, 5), estornado, "estorno", Dinheiro.parse("200.00"), false), projecoes);

        ResumoMensal resumo = new ResumoMensalConsultas(BancoDeTeste.jdbc(), calendario)
                .handle(new BuscarResumoMensalQuery(tenant, MARCO));

        assertThat(resumo.boletos().pagos()).isZero();
        assertThat(resumo.boletos().pendentes()).isEqualTo(2);
        assertThat(resumo.valores().pago()).hasToString("0.01");
        assertThat(resumo.valores().pendente()).hasToString("1199.98");
    }

    @Test
    void mesSemMovimentoAindaGeraORelatorio() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        relatorio.gerar(TenantId.novo(), MARCO, Instant.parse("2026-04-01T12:00:00Z"), pdf);

        PdfRenderizado lido = PdfRenderizado.de(pdf.toByteArray(), "relatorio-mensal-vazio");
        assertThat(lido.texto()).contains("0 leads captados no mês").contains("Receita do mês: R$ 0,00")
                .contains("não há receita por dia para mostrar").contains("Nenhum boleto vence neste mês")
                .contains("Nenhum pagamento com data neste mês").doesNotContain("a barra mais alta");
        assertThat(desenhos(new PdfReader(pdf.toByteArray()))).isZero();
    }

    /** Drawings placed on the pages (the chart is a vector form, not a bitmap). */
    private static int desenhos(PdfReader leitor) {
        int desenhos = 0;
        for (int pagina = 1; pagina <= leitor.getNumberOfPages(); pagina++) {
            PdfDictionary recursos = leitor.getPageN(pagina).getAsDict(PdfName.RESOURCES);
            PdfDictionary objetos = recursos == null ? null : recursos.getAsDict(PdfName.XOBJECT);
            if (objetos == null) {
                continue;
            }
            for (PdfName nome : objetos.getKeys()) {
                if (PdfReader.getPdfObject(objetos.get(nome)) instanceof PdfStream stream
                        && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    desenhos++;
                }
            }
        }
        return desenhos;
    }
}
