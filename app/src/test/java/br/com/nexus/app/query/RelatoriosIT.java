package br.com.nexus.app.query;

import static br.com.nexus.app.query.HistoricoDeTeste.boletoRegistrado;
import static br.com.nexus.app.query.HistoricoDeTeste.clienteCadastrado;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
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
