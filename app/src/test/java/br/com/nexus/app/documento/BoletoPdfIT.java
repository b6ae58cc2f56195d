package br.com.nexus.app.documento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.PaginasDoPdf;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.command.documento.ArmazemDePdf;
import br.com.nexus.command.documento.Beneficiario;
import br.com.nexus.command.documento.BoletoParaPdf;
import br.com.nexus.command.documento.GeradorDeBoletoPdf;
import br.com.nexus.command.documento.LeitorDeBoletoPdf;
import br.com.nexus.command.documento.OrigemPdf;
import br.com.nexus.command.documento.Pagador;
import br.com.nexus.command.documento.PdfArmazenado;
import br.com.nexus.kernel.boleto.AnexarPdfBoletoCommand;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.boleto.BoletoPdfDivergente;
import br.com.nexus.kernel.boleto.DivergenciaPdf;
import br.com.nexus.kernel.boleto.MarcarBoletoPagoCommand;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Boleto PDFs end to end: generated on registration, served by the API, downloaded ones checked. */
class BoletoPdfIT extends IntegrationTest {

    private static final LocalDate VENCIMENTO = LocalDate.of(2026, 12, 10);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private ArmazemDePdf armazem;
    @Autowired
    private GeradorDeBoletoPdf gerador;
    @Autowired
    private LeitorDeBoletoPdf leitor;

    @Test
    void boletoGeradoGanhaPdfComLinhaValorVencimentoPagadorEBeneficiario() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        Resposta configuracao = put("/api/integracoes/boleto", empresa.token(Papel.ADMIN), Map.of("configuracao", Map.of(
                "beneficiario", "Consórcio Horizonte Ltda", "documento", "11222333000181",
                "agenciaCodigo", "1234/5678-9", "instrucoes", "Não receber após 30 dias\nMulta de 2% após o vencimento")));
        assertThat(configuracao.status()).as(configuracao.toString()).isEqualTo(200);
        String cpf = cpf();
        String clienteId = cadastrarCliente(empresa, cpf, "Joana D'Arc Conceição");
        CodigoBarras codigo = codigo("150.50", VENCIMENTO);

        String boletoId = registrarBoleto(empresa, clienteId, codigo, "150.50", "GERADO");

        HttpResponse<byte[]> pdf = aguardarPdf(empresa.token(Papel.OPERADOR), boletoId);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"JOANA_D_ARC_CONCEICAO_NOVEMBRO.pdf\"");
        assertThat(PaginasDoPdf.tintaPorPagina(pdf.body(), "boleto-gerado")).singleElement()
                .satisfies(tinta -> assertThat(tinta).as("página em branco").isGreaterThan(0.02));
        String texto = leitor.texto(pdf.body());
        assertThat(texto).contains(codigo.linhaDigitavel().formatada())
                .contains("R$ 150,50")
                .contains("10/12/2026")
                .contains("Joana D'Arc Conceição")
                .contains(cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9))
                .contains("Consórcio Horizonte Ltda - CNPJ 11.222.333/0001-81")
                .contains("1234/5678-9")
                .contains("Multa de 2% após o vencimento");
        assertThat(leitor.ler(pdf.body())).contains(codigo.linhaDigitavel());
        BoletoPdfAnexado anexado = eventos(boletoId, BoletoPdfAnexado.class).get(0);
        assertThat(anexado.sha256()).isEqualTo(ArmazemDePdf.sha256(pdf.body()));
        assertThat(anexado.tamanho()).isEqualTo(pdf.body().length);
        assertThat(pdf.headers().firstValue("ETag")).contains("\"" + anexado.sha256() + "\"");
    }

    @Test
    void pdfNaoMudouResponde304() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String clienteId = cadastrarCliente(empresa, cpf(), "Pedro Alves");
        String boletoId = registrarBoleto(empresa, clienteId, codigo("99.90", VENCIMENTO), "99.90", "GERADO");
        String etag = aguardarPdf(empresa.token(Papel.AUDITOR), boletoId).headers().firstValue("ETag").orElseThrow();

        Resposta resposta = send(request("/api/boletos/" + boletoId + "/pdf", empresa.token(Papel.AUDITOR))
                .header("If-None-Match", etag).GET());

        assertThat(resposta.status()).isEqualTo(304);
        assertThat(resposta.body()).isEmpty();
    }

    @Test
    void geraUmPdfSoPorBoleto() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String clienteId = cadastrarCliente(empresa, cpf(), "Rita Lee");
        String primeiro = registrarBoleto(empresa, clienteId, codigo("10.00", VENCIMENTO), "10.00", "GERADO");
        String segundo = registrarBoleto(empresa, clienteId, codigo("20.00", VENCIMENTO), "20.00", "GERADO");

        aguardarPdf(empresa.token(Papel.OPERADOR), primeiro);
        aguardarPdf(empresa.token(Papel.OPERADOR), segundo);

        assertThat(eventos(primeiro, BoletoPdfAnexado.class)).hasSize(1);
        assertThat(eventos(segundo, BoletoPdfAnexado.class)).hasSize(1);
        assertThat(eventos(primeiro, BoletoPdfAnexado.class).get(0).sha256())
                .isNotEqualTo(eventos(segundo, BoletoPdfAnexado.class).get(0).sha256());
    }

    @Test
    void outraEmpresaNaoVeOPdfEBoletoSemPdfResponde404() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        TenantDeTeste outra = Autenticacao.novoTenant(url(""));
        String clienteId = cadastrarCliente(empresa, cpf(), "Carla Dias");
        String gerado = registrarBoleto(empresa, clienteId, codigo("30.00", VENCIMENTO), "30.00", "GERADO");
        String doPortal = registrarBoleto(empresa, clienteId, codigo("31.00", VENCIMENTO), "31.00", "CANOPUS");
        aguardarPdf(empresa.token(Papel.OPERADOR), gerado);

        Resposta deOutraEmpresa = get("/api/boletos/" + gerado + "/pdf", outra.token(Papel.ADMIN));
        Resposta semPdf = get("/api/boletos/" + doPortal + "/pdf", empresa.token(Papel.OPERADOR));
        Resposta inexistente = get("/api/boletos/" + BoletoId.novo() + "/pdf", empresa.token(Papel.OPERADOR));
        Resposta semToken = get("/api/boletos/" + gerado + "/pdf", null);

        for (Resposta resposta : List.of(deOutraEmpresa, semPdf, inexistente)) {
            assertThat(resposta.status()).as(resposta.toString()).isEqualTo(404);
            assertThat(resposta.contentType()).startsWith("application/problem+json");
            assertThat(resposta.json().path("code").asText()).isEqualTo("PDF_NAO_DISPONIVEL");
        }
        assertThat(deOutraEmpresa.json().path("detail").asText()).isEqualTo("Boleto " + gerado + " sem PDF disponível");
        assertThat(semToken.status()).isEqualTo(401);
        assertThat(get("/api/boletos/nao-e-uuid/pdf", empresa.token(Papel.OPERADOR)).status()).isEqualTo(400);
    }

    @Test
    void pdfBaixadoDoPortalTemPreferenciaSobreOGerado() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String clienteId = cadastrarCliente(empresa, cpf(), "Bruno Souza");
        CodigoBarras codigo = codigo("45.00", VENCIMENTO);
        String boletoId = registrarBoleto(empresa, clienteId, codigo, "45.00", "GERADO");
        aguardarPdf(empresa.token(Papel.OPERADOR), boletoId);
        byte[] original = pdfDoPortal(codigo);

        PdfArmazenado baixado = anexarBaixado(empresa.tenantId(), boletoId, original, "BRUNO_SOUZA_DEZEMBRO.pdf");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<byte[]> pdf = baixar(empresa.token(Papel.OPERADOR), boletoId);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).isEqualTo(original);
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("BRUNO_SOUZA_DEZEMBRO.pdf");
        });
        assertThat(baixado.origem()).isEqualTo(OrigemPdf.BAIXADO);
        assertThat(eventos(boletoId, BoletoPdfDivergente.class)).isEmpty();
    }

    @Test
    void pdfBaixadoQueDivergeDoRegistroMarcaOBoleto() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String clienteId = cadastrarCliente(empresa, cpf(), "Helena Costa");
        CodigoBarras registrado = codigo("200.00", VENCIMENTO);
        String confere = registrarBoleto(empresa, clienteId, registrado, "200.00", "CANOPUS");
        CodigoBarras outroRegistrado = codigo("210.00", VENCIMENTO);
        String diverge = registrarBoleto(empresa, clienteId, outroRegistrado, "210.00", "CANOPUS");
        String ilegivel = registrarBoleto(empresa, clienteId, codigo("220.00", VENCIMENTO), "220.00", "CANOPUS");
        CodigoBarras doPdf = codigo("215.00", VENCIMENTO.plusDays(3));

        anexarBaixado(empresa.tenantId(), confere, pdfDoPortal(registrado), "a.pdf");
        anexarBaixado(empresa.tenantId(), ilegivel, pdfSemLinha(), "b.pdf");
        anexarBaixado(empresa.tenantId(), diverge, pdfDoPortal(doPdf), "c.pdf");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(eventos(diverge, BoletoPdfDivergente.class)).hasSize(1));
        BoletoPdfDivergente divergente = eventos(diverge, BoletoPdfDivergente.class).get(0);
        assertThat(divergente.divergencias()).containsExactlyInAnyOrder(DivergenciaPdf.VALOR, DivergenciaPdf.VENCIMENTO);
        assertThat(divergente.linhaDoPdf()).isEqualTo(doPdf.linhaDigitavel());
        // One processor handles the three attachments in order, so the earlier two are done by now.
        assertThat(eventos(ilegivel, BoletoPdfDivergente.class)).singleElement()
                .satisfies(e -> assertThat(e.divergencias()).containsExactly(DivergenciaPdf.LINHA_NAO_ENCONTRADA));
        assertThat(eventos(confere, BoletoPdfDivergente.class)).isEmpty();
    }

    @Test
    void pdfGeradoPassaAMostrarOBeneficiarioNovoEGuardaOAnterior() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        configurarBeneficiario(empresa, "Administradora Antiga Ltda", null);
        String clienteId = cadastrarCliente(empresa, cpf(), "Marta Nunes");
        String boletoId = registrarBoleto(empresa, clienteId, codigo("75.00", VENCIMENTO), "75.00", "GERADO");
        HttpResponse<byte[]> antes = aguardarPdf(empresa.token(Papel.OPERADOR), boletoId);
        String etagAntes = antes.headers().firstValue("ETag").orElseThrow();
        assertThat(leitor.texto(antes.body())).contains("Administradora Antiga Ltda");

        configurarBeneficiario(empresa, "Consórcio Horizonte Ltda", "11222333000181");

        Resposta depois = send(request("/api/boletos/" + boletoId + "/pdf", empresa.token(Papel.AUDITOR))
                .header("If-None-Match", etagAntes).GET());
        assertThat(depois.status()).isEqualTo(200);
        byte[] novo = baixar(empresa.token(Papel.OPERADOR), boletoId).body();
        assertThat(leitor.texto(novo)).contains("Consórcio Horizonte Ltda - CNPJ 11.222.333/0001-81")
                .doesNotContain("Administradora Antiga Ltda");
        String etagDepois = "\"" + ArmazemDePdf.sha256(novo) + "\"";
        assertThat(etagDepois).isNotEqualTo(etagAntes);
        assertThat(baixar(empresa.token(Papel.OPERADOR), boletoId).headers().firstValue("ETag")).contains(etagDepois);
        // Served twice, rendered once: the second download found the PDF up to date.
        assertThat(eventos(boletoId, BoletoPdfAnexado.class)).extracting(BoletoPdfAnexado::sha256)
                .containsExactly(ArmazemDePdf.sha256(antes.body()), ArmazemDePdf.sha256(novo));
        JsonNode trilha = get("/api/auditoria/boleto/" + boletoId + "/eventos", empresa.token(Papel.AUDITOR)).json();
        assertThat(StreamSupport.stream(trilha.spliterator(), false)
                .filter(e -> e.path("tipo").asText().equals("BoletoPdfAnexado"))
                .map(e -> e.path("payload").path("sha256").asText()))
                .containsExactly(ArmazemDePdf.sha256(antes.body()), ArmazemDePdf.sha256(novo));
        assertThat(armazem.conteudo(empresa.tenantId(), ArmazemDePdf.sha256(antes.body()))).hasValue(antes.body());
    }

    @Test
    void leiturasSimultaneasDeUmPdfDesatualizadoGeramUmSo() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        configurarBeneficiario(empresa, "Administradora Antiga Ltda", null);
        String clienteId = cadastrarCliente(empresa, cpf(), "Rui Castro");
        String boletoId = registrarBoleto(empresa, clienteId, codigo("77.00", VENCIMENTO), "77.00", "GERADO");
        aguardarPdf(empresa.token(Papel.OPERADOR), boletoId);
        configurarBeneficiario(empresa, "Consórcio Horizonte Ltda", "11222333000181");

        List<CompletableFuture<HttpResponse<byte[]>>> leituras = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return baixar(empresa.token(Papel.OPERADOR), boletoId);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        List<String> etags = leituras.stream().map(CompletableFuture::join)
                .map(r -> r.headers().firstValue("ETag").orElseThrow()).distinct().toList();

        assertThat(etags).hasSize(1);
        assertThat(eventos(boletoId, BoletoPdfAnexado.class)).hasSize(2);
    }

    @Test
    void boletoPagoOuCanceladoEPdfDoPortalNaoMudamComOBeneficiario() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String clienteId = cadastrarCliente(empresa, cpf(), "Otávio Reis");
        String pago = registrarBoleto(empresa, clienteId, codigo("60.00", VENCIMENTO), "60.00", "GERADO");
        String cancelado = registrarBoleto(empresa, clienteId, codigo("62.00", VENCIMENTO), "62.00", "GERADO");
        byte[] pdfCancelado = aguardarPdf(empresa.token(Papel.OPERADOR), cancelado).body();
        assertThat(post("/api/boletos/" + cancelado + "/cancelamento", empresa.token(Papel.OPERADOR),
                Map.of("motivo", "renegociado")).status()).isEqualTo(202);
        CodigoBarras codigoDoPortal = codigo("61.00", VENCIMENTO);
        String doPortal = registrarBoleto(empresa, clienteId, codigoDoPortal, "61.00", "CANOPUS");
        byte[] pdfPago = aguardarPdf(empresa.token(Papel.OPERADOR), pago).body();
        byte[] original = pdfDoPortal(codigoDoPortal);
        anexarBaixado(empresa.tenantId(), doPortal, original, "OTAVIO_REIS_NOVEMBRO.pdf");
        commandGateway.sendAndWait(new MarcarBoletoPagoCommand(BoletoId.de(pago), empresa.tenantId(),
                PagamentoId.novo()));
        HttpResponse<byte[]> portalAntes = aguardarPdf(empresa.token(Papel.OPERADOR), doPortal);

        configurarBeneficiario(empresa, "Consórcio Horizonte Ltda", "11222333000181");

        assertThat(baixar(empresa.token(Papel.OPERADOR), pago).body()).isEqualTo(pdfPago);
        assertThat(baixar(empresa.token(Papel.OPERADOR), cancelado).body()).isEqualTo(pdfCancelado);
        assertThat(eventos(cancelado, BoletoPdfAnexado.class)).hasSize(1);
        assertThat(leitor.texto(pdfPago)).doesNotContain("Consórcio Horizonte Ltda");
        assertThat(portalAntes.body()).isEqualTo(original);
        assertThat(baixar(empresa.token(Papel.OPERADOR), doPortal).body()).isEqualTo(original);
        assertThat(eventos(pago, BoletoPdfAnexado.class)).hasSize(1);
        assertThat(eventos(doPortal, BoletoPdfAnexado.class)).hasSize(1);
    }

    @Test
    void beneficiarioComDocumentoInvalidoEhRecusado() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));

        Resposta resposta = put("/api/integracoes/boleto", empresa.token(Papel.ADMIN), Map.of("configuracao",
                Map.of("beneficiario", "Empresa", "documento", "11.222.333/0001-00")));
        Resposta supervisor = put("/api/integracoes/boleto", empresa.token(Papel.SUPERVISOR), Map.of("configuracao",
                Map.of("beneficiario", "Empresa")));

        assertThat(resposta.status()).isEqualTo(400);
        assertThat(resposta.json().path("code").asText()).isEqualTo("DOCUMENTO_INVALIDO");
        assertThat(supervisor.status()).isEqualTo(403);
    }

    private void configurarBeneficiario(TenantDeTeste empresa, String nome, String documento) {
        Map<String, String> configuracao = new LinkedHashMap<>();
        configuracao.put("beneficiario", nome);
        if (documento != null) {
            configuracao.put("documento", documento);
        }
        Resposta resposta = put("/api/integracoes/boleto", empresa.token(Papel.ADMIN),
                Map.of("configuracao", configuracao));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
    }

    private PdfArmazenado anexarBaixado(TenantId tenant, String boletoId, byte[] pdf, String nome) {
        PdfArmazenado armazenado = armazem.guardar(tenant, pdf, nome, OrigemPdf.BAIXADO);
        commandGateway.sendAndWait(new AnexarPdfBoletoCommand(BoletoId.de(boletoId), tenant, armazenado.sha256(),
                armazenado.tamanho(), armazenado.local()));
        return armazenado;
    }

    /** A slip as a portal would render it: another layout, same linha digitável. */
    private byte[] pdfDoPortal(CodigoBarras codigo) {
        LinhaDigitavel linha = codigo.linhaDigitavel();
        return gerador.gerar(new BoletoParaPdf(new Beneficiario("Administradora de Consórcios S.A.", null, null, null,
                List.of()), new Pagador("Cliente do portal", null, null), "987", linha, codigo, codigo.valor(),
                codigo.vencimento(VENCIMENTO).orElseThrow(), LocalDate.of(2026, 11, 1), null, YearMonth.of(2026, 11),
                null));
    }

    private static byte[] pdfSemLinha() throws Exception {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        Document documento = new Document();
        PdfWriter.getInstance(documento, saida);
        documento.open();
        documento.add(new Paragraph("Segunda via indisponível. Tente mais tarde."));
        documento.close();
        return saida.toByteArray();
    }

    private <T> List<T> eventos(String boletoId, Class<T> tipo) {
        return eventStore.readEvents(boletoId).asStream()
                .map(m -> m.getPayload())
                .filter(tipo::isInstance)
                .map(tipo::cast)
                .toList();
    }

    private HttpResponse<byte[]> aguardarPdf(String token, String boletoId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> baixar(token, boletoId),
                resposta -> resposta.statusCode() == 200);
    }

    private HttpResponse<byte[]> baixar(String token, String boletoId) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(request("/api/boletos/" + boletoId + "/pdf", token).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String cadastrarCliente(TenantDeTeste empresa, String cpf, String nome) {
        Map<String, Object> cliente = new LinkedHashMap<>();
        cliente.put("cpf", cpf);
        cliente.put("nome", nome);
        cliente.put("whatsapp", "(11) 98765-4321");
        Resposta resposta = post("/api/clientes", empresa.token(Papel.OPERADOR), cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    private String registrarBoleto(TenantDeTeste empresa, String clienteId, CodigoBarras codigo, String valor,
            String origem) {
        Map<String, Object> boleto = new LinkedHashMap<>();
        boleto.put("clienteId", clienteId);
        boleto.put("codigoBarras", codigo.numero());
        boleto.put("valor", valor);
        boleto.put("vencimento", codigo.vencimento(VENCIMENTO).orElseThrow().toString());
        boleto.put("nossoNumero", "000123");
        boleto.put("parcela", 11);
        boleto.put("referencia", "2026-11");
        boleto.put("origem", origem);
        Resposta resposta = post("/api/boletos", empresa.token(Papel.OPERADOR), boleto);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    private static CodigoBarras codigo(String valor, LocalDate vencimento) {
        StringBuilder campoLivre = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            campoLivre.append(ThreadLocalRandom.current().nextInt(10));
        }
        return CodigoBarras.gerar("237", vencimento, Dinheiro.parse(valor), campoLivre.toString());
    }

    private static String cpf() {
        int[] d = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
            }
        } while (d[0] == d[1] && d[1] == d[2]);
        for (int posicao = 9; posicao <= 10; posicao++) {
            int soma = 0;
            for (int i = 0; i < posicao; i++) {
                soma += d[i] * (posicao + 1 - i);
            }
            int resto = soma * 10 % 11;
            d[posicao] = resto == 10 ? 0 : resto;
        }
        StringBuilder cpf = new StringBuilder();
        for (int digito : d) {
            cpf.append(digito);
        }
        return cpf.toString();
    }
}
