package br.com.nexus.command.documento;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.TestData;
import br.com.nexus.command.integracao.Cifrador;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoRegistrado;
import br.com.nexus.kernel.boleto.DivergenciaPdf;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarDivergenciaPdfBoletoCommand;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The side effects of the boleto-pdf processor: each done once, whatever the redeliveries. */
class EfeitosDoPdfTest {

    private static final Instant QUANDO = Instant.parse("2026-02-20T13:00:00Z");

    private final JdbcTemplate jdbc = TabelasDeDocumentos.jdbc();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final RecordingCommandBus comandos = new RecordingCommandBus();
    private final CadastrosDeClientes cadastros = new CadastrosDeClientes(jdbc, json);
    private final DocumentosDeBoleto documentos = new DocumentosDeBoleto(jdbc);
    private final DocumentosProjection projecao = new DocumentosProjection(cadastros, documentos);
    private final ArmazemDePdf armazem = new ArmazemDePdf(jdbc);
    private final IntegracaoRepository integracoes = new IntegracaoRepository(jdbc, new Cifrador(new byte[32]), json);
    private final BeneficiarioIntegracao beneficiarios = new BeneficiarioIntegracao(integracoes);
    private final GeradorDeBoletoPdf gerador = new GeradorDeBoletoPdf();
    private final LeitorDeBoletoPdf leitor = new LeitorDeBoletoPdf();
    private final GeracaoDePdfHandler geracao = new GeracaoDePdfHandler(documentos,
            new EmissaoDePdfDoBoleto(cadastros, beneficiarios, gerador, armazem,
                    DefaultCommandGateway.builder().commandBus(comandos).build()));
    private final ConferenciaDePdfHandler conferencia = new ConferenciaDePdfHandler(documentos, armazem, leitor,
            DefaultCommandGateway.builder().commandBus(comandos).build());
    private final TenantId tenant = TenantId.novo();
    private final ClienteId clienteId = ClienteId.novo();
    private final BoletoId boletoId = BoletoId.novo();

    @Test
    void boletoGeradoRecebeUmPdfSoMesmoComOEventoEntregueDuasVezes() {
        integracoes.salvar(tenant, beneficiarios, Map.of("beneficiario", "Consórcio Sol"), Map.of());
        projecao.on(new ClienteCadastrado(clienteId, tenant, TestData.CPF, "Lia Castro - 50%", TestData.TELEFONE,
                null, null, null, null));

        geracao.on(registrado(OrigemBoleto.GERADO, TestData.CODIGO), QUANDO);
        geracao.on(registrado(OrigemBoleto.GERADO, TestData.CODIGO), QUANDO);

        List<AnexarPdfBoletoCommand> anexos = enviados(AnexarPdfBoletoCommand.class);
        assertThat(anexos).hasSize(1);
        AnexarPdfBoletoCommand anexo = anexos.get(0);
        assertThat(anexo.boletoId()).isEqualTo(boletoId);
        assertThat(anexo.tenantId()).isEqualTo(tenant);
        PdfArmazenado pdf = armazem.buscar(tenant, anexo.sha256()).orElseThrow();
        assertThat(pdf.origem()).isEqualTo(OrigemPdf.GERADO);
        assertThat(pdf.nomeArquivo()).isEqualTo("LIA_CASTRO_MARCO.pdf");
        assertThat(anexo.local()).isEqualTo(pdf.local());
        String texto = leitor.texto(armazem.conteudo(tenant, anexo.sha256()).orElseThrow());
        assertThat(texto).contains("Lia Castro - 50%").contains("Consórcio Sol").contains("20/02/2026")
                .contains(TestData.LINHA.formatada());
    }

    @Test
    void boletoDoPortalNaoEhGeradoAqui() {
        geracao.on(registrado(OrigemBoleto.CANOPUS, TestData.CODIGO), QUANDO);

        assertThat(comandos.getDispatchedCommands()).isEmpty();
    }

    @Test
    void pdfBaixadoDivergenteEhMarcadoUmaVez() {
        projecao.on(registrado(OrigemBoleto.CANOPUS, TestData.CODIGO));
        CodigoBarras outro = CodigoBarras.gerar("237", TestData.VENCIMENTO, Dinheiro.parse("151.00"),
                "1234567890123456789012345");
        PdfArmazenado pdf = armazem.guardar(tenant, gerador.gerar(GeradorDeBoletoPdfTest.boleto(outro)), "x.pdf",
                OrigemPdf.BAIXADO);

        conferencia.on(anexado(pdf), QUANDO);
        conferencia.on(anexado(pdf), QUANDO);

        assertThat(enviados(RegistrarDivergenciaPdfBoletoCommand.class)).singleElement().satisfies(c -> {
            assertThat(c.sha256()).isEqualTo(pdf.sha256());
            assertThat(c.linhaDoPdf()).isEqualTo(outro.linhaDigitavel());
            assertThat(c.divergencias()).containsExactly(DivergenciaPdf.VALOR);
        });
    }

    @Test
    void pdfBaixadoQueConfereNaoMarcaNadaEPdfGeradoNemEhLido() {
        projecao.on(registrado(OrigemBoleto.CANOPUS, TestData.CODIGO));
        byte[] conteudo = gerador.gerar(GeradorDeBoletoPdfTest.boleto(TestData.CODIGO));
        PdfArmazenado baixado = armazem.guardar(tenant, conteudo, "x.pdf", OrigemPdf.BAIXADO);
        PdfArmazenado gerado = armazem.guardar(tenant, "%PDF-1.4 sem linha".getBytes(), "g.pdf", OrigemPdf.GERADO);

        conferencia.on(anexado(baixado), QUANDO);
        conferencia.on(anexado(gerado), QUANDO);

        assertThat(comandos.getDispatchedCommands()).isEmpty();
    }

    private <T> List<T> enviados(Class<T> tipo) {
        return comandos.getDispatchedCommands().stream().map(CommandMessage::getPayload).filter(tipo::isInstance)
                .map(tipo::cast).toList();
    }

    private BoletoRegistrado registrado(OrigemBoleto origem, CodigoBarras codigo) {
        return new BoletoRegistrado(boletoId, tenant, clienteId, origem, "77", codigo.linhaDigitavel(), codigo,
                codigo.valor(), TestData.VENCIMENTO, 3, YearMonth.of(2026, 3), "Parcela 3");
    }

    private BoletoPdfAnexado anexado(PdfArmazenado pdf) {
        return new BoletoPdfAnexado(boletoId, tenant, pdf.sha256(), pdf.tamanho(), pdf.local());
    }
}
