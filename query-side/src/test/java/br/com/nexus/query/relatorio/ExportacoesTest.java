package br.com.nexus.query.relatorio;

import static br.com.nexus.query.teste.Dados.boletoRegistrado;
import static br.com.nexus.query.teste.Dados.clienteCadastrado;
import static br.com.nexus.query.teste.Dados.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPago;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.SituacaoBoleto;
import br.com.nexus.kernel.consulta.disparo.ListarDisparosQuery;
import br.com.nexus.kernel.consulta.lead.ListarLeadsQuery;
import br.com.nexus.kernel.consulta.pagamento.ListarPagamentosQuery;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
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
import br.com.nexus.query.disparo.DisparosProjection;
import br.com.nexus.query.lead.LeadsProjection;
import br.com.nexus.query.pagamento.PagamentosProjection;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class ExportacoesTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private final Exportacoes exportacoes = new Exportacoes(BancoDeTeste.dataSource(),
            new DataSourceTransactionManager(BancoDeTeste.dataSource()), new Calendario(SAO_PAULO, Clock.systemUTC()));
    private final Object[] listas = {new BoletosProjection(BancoDeTeste.jdbc()),
            new ClientesProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build()), new PagamentosProjection(BancoDeTeste.jdbc()),
            new DisparosProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build()),
            new LeadsProjection(BancoDeTeste.jdbc())};
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();

    @Test
    void boletosComTiposReaisCabecalhoCongeladoEFiltros() throws IOException {
        ClienteId cliente = ClienteId.novo();
        historia.aplicar(cliente, clienteCadastrado(tenant, cliente, "Ana Souza"), listas);
        BoletoId boleto = BoletoId.novo();
        historia.aplicar(boleto, boletoRegistrado(tenant, boleto, cliente, 15_050, LocalDate.of(2026, 3, 10)), listas);
        BoletoId pago = BoletoId.novo();
        historia.aplicar(pago, boletoRegistrado(tenant, pago, cliente, 1_000, LocalDate.of(2026, 3, 11)), listas);
        historia.aplicar(pago, new BoletoPago(pago, tenant, PagamentoId.novo()), listas);

        XSSFSheet aba = abrir(saida -> exportacoes.boletos(new ListarBoletosQuery(tenant, null, null, null, null, null,
                null, null, 0, 1), saida));

        assertThat(aba.getSheetName()).isEqualTo("Boletos");
        Row cabecalho = aba.getRow(0);
        assertThat(cabecalho.getCell(0).getStringCellValue()).isEqualTo("Cliente");
        assertThat(aba.getWorkbook().getFontAt(cabecalho.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(aba.getPaneInformation().isFreezePane()).isTrue();
        assertThat(aba.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(aba.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L3");
        Row primeira = aba.getRow(1);
        assertThat(primeira.getCell(0).getStringCellValue()).isEqualTo("Ana Souza");
        Cell vencimento = primeira.getCell(1);
        assertThat(vencimento.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(vencimento)).isTrue();
        assertThat(vencimento.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
        Cell valor = primeira.getCell(2);
        assertThat(valor.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(valor.getNumericCellValue()).isEqualTo(150.50);
        assertThat(valor.getCellStyle().getDataFormatString()).contains("R$").contains("0.00");
        assertThat(primeira.getCell(3).getStringCellValue()).isEqualTo("PENDENTE");
        assertThat(primeira.getCell(5).getNumericCellValue()).isEqualTo(1);
        assertThat(aba.getRow(2).getCell(3).getStringCellValue()).isEqualTo("PAGO");

        XSSFSheet pagos = abrir(saida -> exportacoes.boletos(new ListarBoletosQuery(tenant, SituacaoBoleto.PAGO, null,
                null, null, null, null, null, 0, 1), saida));
        assertThat(pagos.getLastRowNum()).isEqualTo(1);
    }

    @Test
    void exportaMuitasLinhasSemLimiteDePagina() throws IOException {
        ClienteId cliente = ClienteId.novo();
        for (int i = 0; i < 250; i++) {
            BoletoId boleto = BoletoId.novo();
            historia.aplicar(boleto, boletoRegistrado(tenant, boleto, cliente, 100 + i, LocalDate.of(2026, 3, 1)
                    .plusDays(i % 28)), listas);
        }

        XSSFSheet aba = abrir(saida -> exportacoes.boletos(new ListarBoletosQuery(tenant, null, null, null, null, null,
                null, null, 0, 1), saida));

        assertThat(aba.getLastRowNum()).as("mais que a página máxima da API").isEqualTo(250);
    }

    @Test
    void pagamentosDisparosELeadsDizemDeQuemEDeQualBoleto() throws IOException {
        ClienteId cliente = ClienteId.novo();
        historia.aplicar(cliente, clienteCadastrado(tenant, cliente, "Bruna Lima"), listas);
        BoletoId boleto = BoletoId.novo();
        historia.aplicar(boleto, boletoRegistrado(tenant, boleto, cliente, 9_990, LocalDate.of(2026, 3, 4)), listas);
        PagamentoId pagamento = PagamentoId.novo();
        historia.aplicar(pagamento, new PagamentoCriado(pagamento, tenant, boleto, cliente, Provedor.ASAAS,
                "pay_1", Dinheiro.deCentavos(9_990), MetodoPagamento.PIX), listas);
        historia.aplicar(pagamento, new PagamentoConfirmado(pagamento, tenant, boleto, Dinheiro.deCentavos(9_990),
                LocalDate.of(2026, 3, 5), "e1"), listas);
        DisparoId disparo = DisparoId.novo();
        historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, cliente, "5511987654321", "Olá",
                null), listas);
        LeadId lead = LeadId.novo();
        historia.aplicar(lead, leadCapturado(tenant, lead, "Carla Dias", OrigemLead.SITE), listas);

        XSSFSheet pagamentos = abrir(saida -> exportacoes.pagamentos(new ListarPagamentosQuery(tenant, null, null, null,
                null, null, null, null, null, 0, 1), saida));
        XSSFSheet disparos = abrir(saida -> exportacoes.disparos(new ListarDisparosQuery(tenant, null, null, null, null,
                null, null, 0, 1), saida));
        XSSFSheet leads = abrir(saida -> exportacoes.leads(new ListarLeadsQuery(tenant, null, null, null, null, null,
                null, 0, 1), saida));

        Row pago = pagamentos.getRow(1);
        assertThat(pago.getCell(0).getStringCellValue()).isEqualTo("Bruna Lima");
        assertThat(pago.getCell(1).getStringCellValue()).isEqualTo("***.444.777-**");
        assertThat(DateUtil.isCellDateFormatted(pago.getCell(2))).isTrue();
        assertThat(pago.getCell(3).getStringCellValue()).isEqualTo("CONFIRMADO");
        assertThat(pago.getCell(7).getNumericCellValue()).isEqualTo(99.90);
        assertThat(pago.getCell(10).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 4, 0, 0));
        assertThat(pago.getCell(11).getNumericCellValue()).isEqualTo(99.90);
        assertThat(pago.getCell(12).getStringCellValue()).isNotBlank();
        assertThat(pago.getCell(13).getStringCellValue()).isEqualTo("2026-03");
        assertThat(pagamentos.getRow(0).getCell(1).getStringCellValue()).isEqualTo("CPF");
        for (Cell celula : pago) {
            if (celula.getCellType() == CellType.STRING) {
                assertThat(celula.getStringCellValue()).doesNotContain("11144477735").doesNotContain("111.444.777-35");
            }
        }
        Row enviado = disparos.getRow(1);
        assertThat(enviado.getCell(0).getStringCellValue()).isEqualTo("Bruna Lima");
        assertThat(enviado.getCell(1).getStringCellValue()).isEqualTo("***.444.777-**");
        Cell solicitado = enviado.getCell(2);
        assertThat(DateUtil.isCellDateFormatted(solicitado)).isTrue();
        assertThat(solicitado.getLocalDateTimeCellValue())
                .as("horário de Brasília").isEqualTo(LocalDateTime.ofInstant(historia.agora(), SAO_PAULO));
        assertThat(enviado.getCell(3).getStringCellValue()).isEqualTo("SOLICITADO");
        assertThat(enviado.getCell(11).getNumericCellValue()).isEqualTo(99.90);
        assertThat(leads.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Carla Dias");
        assertThat(leads.getRow(1).getCell(5).getStringCellValue()).isEqualTo("CAPTURADO");
    }

    private static XSSFSheet abrir(Consumer<ByteArrayOutputStream> gerar) throws IOException {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        gerar.accept(saida);
        XSSFWorkbook livro = new XSSFWorkbook(new ByteArrayInputStream(saida.toByteArray()));
        return livro.getSheetAt(0);
    }
}
