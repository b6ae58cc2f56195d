package br.com.nexus.app.cobranca;

import static br.com.nexus.app.importacao.Planilhas.XLSX;
import static br.com.nexus.app.importacao.Planilhas.linha;
import static br.com.nexus.app.importacao.Planilhas.xlsx;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.pagamento.Provedores;
import br.com.nexus.app.portal.fake.BoletoFalso;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.portal.fake.PortalFalso;
import br.com.nexus.app.whatsapp.CenarioWhatsapp;
import br.com.nexus.kernel.cobranca.CalendarioDeCobranca;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole chain over HTTP, each outside party faked on the wire: clientes imported from a
 * spreadsheet, their boletos downloaded from the fake Canopus portal by real Chromium, the
 * CobrancaSaga sending each by the tenant's régua through the fake Evolution API (the PDF as a
 * document), and the fake Asaas confirming payment by webhook.
 *
 * <p>Time is steered the way {@code ReguaDeCobrancaIT} steers it: by the vencimento, not by moving a
 * clock. The saga's deadlines fire on db-scheduler's real clock, so a vencimento today makes the
 * on-the-day step due at once and one fifteen days ago makes the boleto overdue and its later step due,
 * under a régua open all day, every day (weekends and holidays included) with no spacing; the test
 * holds on any date.
 */
class CadeiaDeCobrancaIT extends CenarioWhatsapp {

    @RegisterExtension
    static WireMockExtension asaas = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Covers a step found due while the PDF was still on its way (the saga looks again a minute later). */
    private static final Duration ESPERA_SAGA = Duration.ofSeconds(150);
    private static final Duration ESPERA_DOWNLOAD = Duration.ofSeconds(120);
    private static final String USUARIO = "24627";
    private static final String SENHA = "Senha-Do-Portal-1";
    private static final String PONTO = "17.308";
    private static final AtomicLong NOSSO_NUMERO = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** One variant each, so the text sent is known; different per step, so the step sent is known too. */
    private static final String TEXTO_NO_DIA = "Olá, {nome}! O seu boleto de {valor} vence hoje, {vencimento}. "
            + "Linha digitável: {linha_digitavel}";
    private static final String TEXTO_EM_ATRASO = "{nome}, o boleto de {valor} venceu em {vencimento} e segue "
            + "em aberto. Para pagar: {linha_digitavel}";

    private final PortalFalso portal = PortalFalso.iniciar(USUARIO, SENHA);

    @BeforeEach
    void processadoresEmPosicao() {
        aguardarProcessadores("portal-download", "download-saga", "cobranca-saga", "whatsapp-envio",
                "pagamento-boleto");
    }

    @AfterEach
    void fecharPortal() {
        portal.close();
    }

    @Test
    void clienteImportadoTemOBoletoDoPortalCobradoPeloWhatsappEAoSerPagoNoAsaasACobrancaSeEncerra() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        String admin = empresa.token(Papel.ADMIN);
        definirRegua(admin);
        LocalDate hoje = LocalDate.now(CalendarioDeCobranca.FUSO);

        Baixado baixado = importarEBaixar(empresa, "Ana Beatriz Souza", hoje, 18_740);
        String sagaId = sagaDaCobranca(baixado);

        JsonNode boleto = await().atMost(ESPERA).until(() -> get("/api/boletos/" + baixado.boletoId(), admin).json(),
                b -> b.path("boleto").path("pdfDisponivel").asBoolean());
        assertThat(boleto.path("boleto").path("origem").asText()).isEqualTo("CANOPUS");
        assertThat(boleto.path("boleto").path("clienteId").asText()).isEqualTo(baixado.clienteId());
        assertThat(boleto.path("boleto").path("linhaDigitavel").asText())
                .isEqualTo(baixado.boleto().linhaDigitavel().numero());
        assertThat(boleto.path("boleto").path("valor").asText()).isEqualTo("187.40");
        assertThat(boleto.path("boleto").path("vencimento").asText()).isEqualTo(hoje.toString());
        assertThat(boleto.path("pdfSha256").asText()).isEqualTo(sha256(baixado.pdf()));
        assertThat(get("/api/boletos/" + baixado.boletoId() + "/pdf", admin).header("ETag"))
                .isEqualTo("\"" + sha256(baixado.pdf()) + "\"");

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode regua = regua(baixado, admin);
            assertThat(etapa(regua, 0).path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa(regua, 0).path("statusDisparo").asText()).isEqualTo("ENVIADO");
            assertThat(etapa(regua, 5).path("situacao").asText()).isEqualTo("PREVISTA");
            assertThat(regua.path("cobranca").asText()).isEqualTo("ATIVA");
        });
        documentoEnviado(empresa, baixado, TEXTO_NO_DIA, "Ana Beatriz Souza", "R$ 187,40");

        String asaasToken = configurarAsaas(admin);
        String cobrancaId = Provedores.asaasAceita(asaas, "BOLETO", "187.40", hoje);
        Resposta cobranca = post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR),
                Map.of("boletoId", baixado.boletoId(), "metodo", "BOLETO"));
        assertThat(cobranca.status()).as(cobranca.toString()).isEqualTo(201);
        assertThat(cobranca.json().path("boletoId").asText()).isEqualTo(baixado.boletoId());
        assertThat(cobranca.json().path("referenciaExterna").asText()).isEqualTo(cobrancaId);
        String pagamentoId = cobranca.json().path("pagamentoId").asText();

        Provedores.asaasInforma(asaas, cobrancaId, "RECEIVED", "187.40");
        Resposta webhook = webhook("/api/webhooks/asaas", Map.of("asaas-access-token", asaasToken),
                Provedores.eventoAsaas("evt_" + UUID.randomUUID().toString().replace("-", ""), "PAYMENT_RECEIVED",
                        cobrancaId, "187.40", pagamentoId));
        assertThat(webhook.status()).as(webhook.toString()).isEqualTo(200);

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode regua = regua(baixado, admin);
            assertThat(regua.path("situacao").asText()).isEqualTo("PAGO");
            assertThat(regua.path("cobranca").asText()).isEqualTo("ENCERRADA");
            assertThat(StreamSupport.stream(regua.path("etapas").spliterator(), false)
                    .noneMatch(e -> e.path("situacao").asText().equals("PREVISTA"))).isTrue();
            assertThat(sagaAtiva(sagaId)).as("saga da cobrança encerrada").isFalse();
        });
        JsonNode pago = get("/api/boletos/" + baixado.boletoId(), admin).json();
        assertThat(pago.path("boleto").path("situacao").asText()).isEqualTo("PAGO");
        assertThat(pago.path("pagamentos")).extracting(p -> p.path("id").asText()).containsExactly(pagamentoId);
        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(timeline(baixado, admin))).containsSubsequence(
                "CLIENTE_IMPORTADO", "BOLETO_REGISTRADO", "DISPARO_SOLICITADO", "DISPARO_ENVIADO", "PAGAMENTO_CRIADO",
                "PAGAMENTO_CONFIRMADO", "BOLETO_PAGO").doesNotContain("BOLETO_VENCIDO"));
        assertThat(chamadas("POST", "/message/sendMedia/" + empresa.instancia())).hasSize(1);
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).isEmpty();
    }

    @Test
    void boletoJaVencidoAoSerBaixadoEhMarcadoVencidoPelaSagaERecebeSoOLembreteMaisRecente() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        String admin = empresa.token(Papel.ADMIN);
        definirRegua(admin);
        // Far enough back that a vencimento on a weekend or holiday (which moves the overdue instant to
        // the next business day) is overdue all the same, and the D+5 step is due but not yet stale.
        LocalDate vencimento = LocalDate.now(CalendarioDeCobranca.FUSO).minusDays(15);

        Baixado baixado = importarEBaixar(empresa, "Carlos Eduardo Lima", vencimento, 9_990);
        String sagaId = sagaDaCobranca(baixado);

        await().atMost(ESPERA_SAGA).untilAsserted(() -> {
            JsonNode regua = regua(baixado, admin);
            assertThat(regua.path("situacao").asText()).isEqualTo("VENCIDO");
            assertThat(etapa(regua, 0).path("situacao").asText()).isEqualTo("PULADA");
            assertThat(etapa(regua, 0).path("codigo").asText()).isEqualTo("ETAPA_PERDIDA");
            assertThat(etapa(regua, 5).path("situacao").asText()).isEqualTo("EXECUTADA");
            assertThat(etapa(regua, 5).path("statusDisparo").asText()).isEqualTo("ENVIADO");
            assertThat(etapa(regua, 45).path("situacao").asText()).isEqualTo("PREVISTA");
            assertThat(regua.path("cobranca").asText()).isEqualTo("ATIVA");
        });
        documentoEnviado(empresa, baixado, TEXTO_EM_ATRASO, "Carlos Eduardo Lima", "R$ 99,90");
        assertThat(sagaAtiva(sagaId)).as("a cobrança segue até a última etapa").isTrue();
        await().atMost(ESPERA).untilAsserted(() -> assertThat(tipos(timeline(baixado, admin))).containsSubsequence(
                "CLIENTE_IMPORTADO", "BOLETO_REGISTRADO", "DISPARO_SOLICITADO", "DISPARO_ENVIADO")
                .contains("BOLETO_VENCIDO").doesNotContain("BOLETO_PAGO", "PAGAMENTO_CONFIRMADO"));
        JsonNode historico = get("/api/auditoria/boleto/" + baixado.boletoId() + "/eventos", admin).json();
        assertThat(historico).extracting(e -> e.path("tipo").asText())
                .contains("BoletoRegistrado", "BoletoPdfAnexado", "BoletoVencido").doesNotContain("BoletoPago");
        assertThat(historico.get(0).path("payload").path("origem").asText()).isEqualTo("CANOPUS");
        // No provider knows this boleto: the overdue mark can only have come from the saga's deadline.
        assertThat(get("/api/integracoes/asaas", admin).status()).isEqualTo(404);
        assertThat(get("/api/pagamentos/provedores/eventos", admin).json().path("items")).isEmpty();
        assertThat(get("/api/boletos/" + baixado.boletoId(), admin).json().path("pagamentos")).isEmpty();
    }

    // ---- the chain's steps ----

    /** What the portal gave for one imported cliente: the boleto registered from it and its PDF. */
    private record Baixado(String clienteId, String telefone, String boletoId, BoletoFalso boleto, byte[] pdf) {
    }

    /**
     * Steps on the day, 5 and 45 days after; sending all day, every day, with no spacing between
     * messages, so a step is due the moment its day has come whatever the date and hour.
     */
    private void definirRegua(String admin) {
        String noDia = modelo(admin, "Vence hoje", TEXTO_NO_DIA);
        String emAtraso = modelo(admin, "Em atraso", TEXTO_EM_ATRASO);
        Resposta definida = put("/api/configuracoes/regua", admin, Map.of(
                "etapas", List.of(Map.of("nome", "Vence hoje", "diasRelativosAoVencimento", 0, "modeloId", noDia),
                        Map.of("nome", "Lembrete", "diasRelativosAoVencimento", 5, "modeloId", emAtraso),
                        Map.of("nome", "Última", "diasRelativosAoVencimento", 45, "modeloId", emAtraso)),
                "janelaInicio", "00:00", "janelaFim", "23:59", "somenteDiasUteis", false, "pularFeriados", false,
                "espacamentoMinimoHoras", 0));
        assertThat(definida.status()).as(definida.toString()).isEqualTo(200);
        await().atMost(ESPERA).until(() -> get("/api/configuracoes/regua", admin).json().path("etapas").size() == 3);
    }

    private String modelo(String token, String nome, String texto) {
        Resposta criado = post("/api/whatsapp/modelos", token, Map.of("nome", nome, "variantes", List.of(texto)));
        assertThat(criado.status()).as(criado.toString()).isEqualTo(201);
        return criado.json().path("id").asText();
    }

    /**
     * Imports one cliente from an .xlsx, has the fake portal hold a boleto for that CPF and runs a
     * download of the ponto de venda; returns once the run is over with the boleto registered.
     */
    private Baixado importarEBaixar(Empresa empresa, String nome, LocalDate vencimento, long centavos) {
        Cpf cpf = CpfsDeTeste.novo();
        String celular = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        String telefone = "55119" + celular;
        String whatsapp = "(11) 9" + celular.substring(0, 4) + "-" + celular.substring(4);
        Resposta importacao = postArquivo("/api/clientes/importacao", empresa.token(Papel.SUPERVISOR), "arquivo",
                "clientes.xlsx", XLSX, planilha(cpf, nome, whatsapp));
        assertThat(importacao.status()).as(importacao.toString()).isEqualTo(200);
        assertThat(importacao.json().path("importados").asInt()).as(importacao.toString()).isEqualTo(1);
        numeroTrezeDigitos(empresa, telefone);

        BoletoFalso boleto = BoletoFalso.vencendoEm(vencimento, centavos, NOSSO_NUMERO.incrementAndGet());
        portal.cliente(cpf, nome.toUpperCase(Locale.ROOT), boleto);
        Resposta integracao = put("/api/integracoes/canopus", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", portal.baseUrl(), "usuario", USUARIO, "pontoDeVenda", PONTO),
                "segredos", Map.of("senha", SENHA)));
        assertThat(integracao.status()).as(integracao.toString()).isEqualTo(200);

        String supervisor = empresa.token(Papel.SUPERVISOR);
        // The imported cliente reaches the portal's list asynchronously: until then there is no one to download.
        Resposta iniciada = await().atMost(ESPERA).until(() -> post("/api/execucoes-download", supervisor,
                Map.of("pontoDeVenda", PONTO)), r -> !r.body().contains("\"NENHUM_CLIENTE\""));
        assertThat(iniciada.status()).as(iniciada.toString()).isEqualTo(202);
        assertThat(iniciada.json().path("total").asInt()).isEqualTo(1);
        String execucao = iniciada.json().path("id").asText();
        JsonNode detalhe = await().atMost(ESPERA_DOWNLOAD).until(() -> get("/api/execucoes-download/" + execucao,
                supervisor).json(), d -> !d.path("execucao").path("emAndamento").asBoolean(true)
                        && d.path("clientes").size() == 1);
        assertThat(detalhe.path("execucao").path("situacao").asText()).isEqualTo("CONCLUIDA");
        JsonNode resultado = detalhe.path("clientes").get(0);
        assertThat(resultado.path("resultado").asText()).as(resultado.toString()).isEqualTo("SUCESSO");
        return new Baixado(resultado.path("clienteId").asText(), telefone, resultado.path("boletoId").asText(), boleto,
                portal.pdf(cpf));
    }

    private static byte[] planilha(Cpf cpf, String nome, String celular) {
        try {
            XSSFWorkbook pasta = new XSSFWorkbook();
            Sheet aba = pasta.createSheet("Clientes");
            linha(aba, 0, "CPF", "Nome do Cliente", "Celular", "Ponto de Venda");
            linha(aba, 1, cpf.formatado(), nome, celular, PONTO);
            return xlsx(pasta);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The one message of the boleto went to Evolution as a document, to the number imported from the
     * spreadsheet: the portal's PDF, captioned with the step's template filled in for this boleto.
     */
    private void documentoEnviado(Empresa empresa, Baixado baixado, String modelo, String nome, String valor) {
        List<LoggedRequest> envios = chamadas("POST", "/message/sendMedia/" + empresa.instancia());
        assertThat(envios).hasSize(1);
        JsonNode corpo = corpo(envios.get(0));
        assertThat(envios.get(0).getHeader("apikey")).isEqualTo(empresa.apiKey());
        assertThat(corpo.path("number").asText()).isEqualTo(baixado.telefone() + "@s.whatsapp.net");
        assertThat(corpo.path("mediatype").asText()).isEqualTo("document");
        assertThat(corpo.path("mimetype").asText()).isEqualTo("application/pdf");
        assertThat(corpo.path("fileName").asText()).endsWith(".pdf");
        assertThat(Base64.getDecoder().decode(corpo.path("media").asText())).isEqualTo(baixado.pdf());
        assertThat(corpo.path("caption").asText()).isEqualTo(modelo.replace("{nome}", nome).replace("{valor}", valor)
                .replace("{vencimento}", baixado.boleto().vencimento().format(DATA))
                .replace("{linha_digitavel}", baixado.boleto().linhaDigitavel().formatada()));
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).isEmpty();
    }

    /** The CobrancaSaga started for the boleto (it starts on BoletoRegistrado, at the head of the stream). */
    private String sagaDaCobranca(Baixado baixado) {
        return await().atMost(ESPERA).until(() -> jdbc.queryForList("""
                SELECT sagaid FROM associationvalueentry
                 WHERE associationkey = 'boletoId' AND associationvalue = ? AND sagatype LIKE '%.CobrancaSaga'""",
                String.class, baixado.boletoId()), ids -> ids.size() == 1).get(0);
    }

    /** A saga that ended is deleted from the store, its associations with it. */
    private boolean sagaAtiva(String sagaId) {
        return jdbc.queryForObject("SELECT count(*) FROM sagaentry WHERE sagaid = ?", Integer.class, sagaId)
                + jdbc.queryForObject("SELECT count(*) FROM associationvalueentry WHERE sagaid = ?", Integer.class,
                        sagaId) > 0;
    }

    private JsonNode timeline(Baixado baixado, String token) {
        Resposta resposta = get("/api/clientes/" + baixado.clienteId() + "/timeline", token);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return resposta.json().path("eventos");
    }

    private static List<String> tipos(JsonNode eventos) {
        return StreamSupport.stream(eventos.spliterator(), false).map(e -> e.path("tipo").asText()).toList();
    }

    /** Points the tenant's Asaas at the fake; returns the token Asaas presents on its webhook. */
    private String configurarAsaas(String admin) {
        String webhookToken = UUID.randomUUID().toString();
        Resposta resposta = put("/api/integracoes/asaas", admin, Map.of(
                "configuracao", Map.of("baseUrl", asaas.baseUrl() + "/v3"),
                "segredos", Map.of("apiKey", "$aact_" + UUID.randomUUID(), "webhookToken", webhookToken)));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return webhookToken;
    }

    /** Polled while the saga works: a server error is no state to wait out, so it fails the test at once. */
    private JsonNode regua(Baixado baixado, String token) {
        Resposta resposta = get("/api/boletos/" + baixado.boletoId() + "/regua", token);
        if (resposta.status() >= 500) {
            throw new IllegalStateException("Régua do boleto indisponível: " + resposta);
        }
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        return resposta.json();
    }

    private static JsonNode etapa(JsonNode regua, int dias) {
        return StreamSupport.stream(regua.path("etapas").spliterator(), false)
                .filter(e -> e.path("diasRelativosAoVencimento").asInt() == dias).findFirst()
                .orElseThrow(() -> new AssertionError("Sem etapa D" + dias + " em " + regua));
    }

    private static String sha256(byte[] conteudo) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(conteudo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
