package br.com.nexus.app.query;

import static br.com.nexus.app.query.HistoricoDeTeste.boletoRegistrado;
import static br.com.nexus.app.query.HistoricoDeTeste.clienteCadastrado;
import static br.com.nexus.app.query.HistoricoDeTeste.leadCapturado;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.app.support.PaginasDoPdf;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoConfirmado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import com.fasterxml.jackson.databind.JsonNode;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.seguranca.Papel;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monthly PDF and the Excel exports, downloaded over HTTP and opened. */
class RelatoriosIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void supervisorBaixaPlanilhaDeBoletosEORelatorioMensal() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        ClienteId cliente = ClienteId.novo();
        h.publicar("Cliente", cliente, clienteCadastrado(empresa.tenantId(), cliente, "Ana Souza"));
        BoletoId boleto = BoletoId.novo();
        h.publicar("Boleto", boleto, boletoRegistrado(empresa.tenantId(), boleto, cliente, 15_050,
                LocalDate.of(2026, 3, 10)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/boletos", empresa.token(Papel.SUPERVISOR)).json()
                .path("items").path(0).path("clienteNome").asText().equals("Ana Souza"));

        HttpResponse<byte[]> planilha = baixar("/api/relatorios/boletos.xlsx?vencimentoDe=2026-03-01",
                empresa.token(Papel.SUPERVISOR));
        HttpResponse<byte[]> pdf = baixar("/api/relatorios/mensal.pdf?mes=2026-03", empresa.token(Papel.AUDITOR));

        assertThat(planilha.statusCode()).isEqualTo(200);
        assertThat(planilha.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(planilha.headers().firstValue("Content-Disposition").orElse("")).contains("boletos.xlsx");
        try (XSSFWorkbook livro = new XSSFWorkbook(new ByteArrayInputStream(planilha.body()))) {
            XSSFSheet aba = livro.getSheetAt(0);
            assertThat(aba.getLastRowNum()).isEqualTo(1);
            assertThat(aba.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ana Souza");
            assertThat(DateUtil.isCellDateFormatted(aba.getRow(1).getCell(1))).isTrue();
            assertThat(aba.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(150.50);
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String texto = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(texto).contains("Março de 2026").contains("R$ 150,50");
        assertThat(PaginasDoPdf.tintaPorPagina(pdf.body(), "mensal-2026-03")).isNotEmpty()
                .allSatisfy(tinta -> assertThat(tinta).as("página em branco").isGreaterThan(0.01));
    }

    @Test
    void exportacoesDePagamentosEDisparosTrazemOQueAApiMostra() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        ClienteId cliente = ClienteId.novo();
        h.publicar("Cliente", cliente, clienteCadastrado(empresa.tenantId(), cliente, "Bruna Lima"));
        BoletoId boleto = BoletoId.novo();
        h.publicar("Boleto", boleto, boletoRegistrado(empresa.tenantId(), boleto, cliente, 9_990,
                LocalDate.of(2026, 3, 4)));
        PagamentoId pagamento = PagamentoId.novo();
        h.publicar("Pagamento", pagamento, new PagamentoCriado(pagamento, empresa.tenantId(), boleto, cliente,
                Provedor.ASAAS, "pay_1", Dinheiro.deCentavos(9_990), MetodoPagamento.PIX));
        h.publicar("Pagamento", pagamento, new PagamentoConfirmado(pagamento, empresa.tenantId(), boleto,
                Dinheiro.deCentavos(9_990), LocalDate.of(2026, 3, 5), "e1"));
        DisparoId disparo = DisparoId.novo();
        h.publicar("Disparo", disparo, new DisparoSolicitado(disparo, empresa.tenantId(), boleto, cliente,
                "5511987654321", "Olá", null));
        String supervisor = empresa.token(Papel.SUPERVISOR);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/pagamentos", supervisor).json().path("items").path(0).path("status").asText()
                        .equals("CONFIRMADO")
                && get("/api/disparos", supervisor).json().path("total").asLong() == 1);
        JsonNode pagamentoNaApi = get("/api/pagamentos", supervisor).json().path("items").get(0);
        JsonNode disparoNaApi = get("/api/disparos", supervisor).json().path("items").get(0);

        try (XSSFWorkbook livro = new XSSFWorkbook(new ByteArrayInputStream(
                baixar("/api/relatorios/pagamentos.xlsx", supervisor).body()))) {
            XSSFSheet aba = livro.getSheetAt(0);
            assertThat(aba.getLastRowNum()).isEqualTo(1);
            assertThat(aba.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bruna Lima");
            assertThat(aba.getRow(1).getCell(1).getStringCellValue()).isEqualTo("***.444.777-**");
            assertThat(aba.getRow(1).getCell(3).getStringCellValue()).isEqualTo(pagamentoNaApi.path("status").asText());
            assertThat(aba.getRow(1).getCell(7).getNumericCellValue())
                    .isEqualTo(Double.parseDouble(pagamentoNaApi.path("valorPago").asText()));
            assertThat(aba.getRow(1).getCell(17).getStringCellValue()).isEqualTo(pagamentoNaApi.path("id").asText());
        }
        try (XSSFWorkbook livro = new XSSFWorkbook(new ByteArrayInputStream(
                baixar("/api/relatorios/disparos.xlsx", supervisor).body()))) {
            XSSFSheet aba = livro.getSheetAt(0);
            assertThat(aba.getLastRowNum()).isEqualTo(1);
            assertThat(aba.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bruna Lima");
            assertThat(aba.getRow(1).getCell(1).getStringCellValue()).isEqualTo("***.444.777-**");
            assertThat(aba.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(99.90);
            assertThat(aba.getRow(1).getCell(15).getStringCellValue()).isEqualTo(disparoNaApi.path("id").asText());
        }
    }

    @Test
    void exportacaoDeLeadsTrazOQueAApiMostra() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        HistoricoDeTeste h = new HistoricoDeTeste(eventStore);
        LeadId lead = LeadId.novo();
        h.publicar("Lead", lead, leadCapturado(empresa.tenantId(), lead, "Carla Dias", OrigemLead.SITE));
        String supervisor = empresa.token(Papel.SUPERVISOR);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/leads", supervisor).json().path("total").asLong() == 1);
        JsonNode naApi = get("/api/leads", supervisor).json().path("items").get(0);

        try (XSSFWorkbook livro = new XSSFWorkbook(new ByteArrayInputStream(
                baixar("/api/relatorios/leads.xlsx", supervisor).body()))) {
            XSSFSheet aba = livro.getSheetAt(0);
            assertThat(aba.getLastRowNum()).isEqualTo(1);
            assertThat(aba.getRow(1).getCell(0).getStringCellValue()).isEqualTo(naApi.path("nome").asText());
            assertThat(aba.getRow(1).getCell(1).getStringCellValue()).isEqualTo(naApi.path("telefone").asText());
            assertThat(aba.getRow(1).getCell(3).getStringCellValue()).isEqualTo(naApi.path("origem").asText());
            assertThat(aba.getRow(1).getCell(5).getStringCellValue()).isEqualTo(naApi.path("etapa").asText());
        }
    }

    @Test
    void operadorNaoBaixaRelatoriosEMesInvalidoEhErroDoChamador() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        assertThat(baixar("/api/relatorios/boletos.xlsx", empresa.token(Papel.OPERADOR)).statusCode()).isEqualTo(403);
        assertThat(get("/api/relatorios/mensal.pdf?mes=marco", empresa.token(Papel.SUPERVISOR)).status())
                .isEqualTo(400);
    }

    private HttpResponse<byte[]> baixar(String caminho, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request(caminho, token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
