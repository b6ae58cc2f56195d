package br.com.nexus.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.portal.fake.BoletoFalso;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.portal.fake.PortalFalso;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadInterrompida;
import br.com.nexus.kernel.download.IniciarExecucaoDownloadCommand;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.RegistrarResultadoDownloadCommand;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A download run from the API to registered boletos: clientes registered through the API, the
 * consultant's credentials set as the tenant's {@code canopus} integration pointing at the fake
 * portal, Chromium driven by the command side, the saga closing the run.
 */
class DownloadDoPortalIT extends IntegrationTest {

    private static final String USUARIO = "24627";
    private static final String SENHA = "Senha-Do-Portal-1";
    private static final String PONTO = "17.308";
    private static final AtomicLong NOSSO_NUMERO = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandGateway commandGateway;

    private final PortalFalso portal = PortalFalso.iniciar(USUARIO, SENHA);
    private TenantDeTeste empresa;

    /** Both processors start at the head of the stream: a run started before they are in place is not theirs. */
    @BeforeEach
    void prepararEmpresa() {
        aguardarProcessadores("portal-download", "download-saga");
        empresa = Autenticacao.novoTenant(url(""));
    }

    @AfterEach
    void fecharPortal() {
        portal.close();
    }

    @Test
    void baixaRegistraEAnexaOsBoletosEContaCadaResultado() throws Exception {
        configurarIntegracao();
        Cpf jose = cadastrar("José da Silva - 70%", PONTO);
        Cpf maria = cadastrar("Maria Conceição", PONTO);
        Cpf desconhecido = cadastrar("Cliente Sem Cadastro No Portal", PONTO);
        Cpf semBoleto = cadastrar("Cliente Em Dia", PONTO);
        Cpf deOutroPonto = cadastrar("Cliente De Outro Ponto", "99.999");
        BoletoFalso boletoJose = boleto("NOVEMBRO/2025");
        portal.cliente(jose, "JOSE DA SILVA", boletoJose).entrega(jose, PortalFalso.Entrega.DOWNLOAD)
                .cliente(maria, "MARIA CONCEICAO", boleto("NOVEMBRO/2025")).entrega(maria, PortalFalso.Entrega.POPUP)
                .cliente(semBoleto, "CLIENTE EM DIA", null)
                .cliente(deOutroPonto, "OUTRO", boleto("NOVEMBRO/2025"));
        aguardarClientesNoPortal(5);

        Resposta resposta = post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR),
                Map.of("pontoDeVenda", PONTO, "ano", 2025));

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(202);
        assertThat(resposta.json().path("total").asInt()).isEqualTo(4);
        ExecucaoDownloadId id = ExecucaoDownloadId.de(resposta.json().path("id").asText());
        assertThat(resposta.header("Location")).endsWith("/api/execucoes-download/" + id);
        ExecucaoDownloadConcluida concluida = aguardarConclusao(id);
        assertThat(concluida.situacao()).isEqualTo(SituacaoExecucaoDownload.CONCLUIDA);
        assertThat(concluida.contagem()).isEqualTo(new ContagemDownload(2, 0, 1, 1, 0));

        List<ClienteDownloadConcluido> resultados = eventos(id, ClienteDownloadConcluido.class);
        assertThat(resultados).extracting(ClienteDownloadConcluido::processados).containsExactly(1, 2, 3, 4);
        assertThat(resultados).allSatisfy(r -> assertThat(r.total()).isEqualTo(4));
        ClienteDownloadConcluido deJose = resultados.stream()
                .filter(r -> "JOSE_DA_SILVA_NOVEMBRO.pdf".equals(r.arquivo())).findFirst().orElseThrow();
        assertThat(deJose.resultado()).isEqualTo(ResultadoDownload.SUCESSO);
        assertThat(resultados).extracting(ClienteDownloadConcluido::arquivo)
                .contains("JOSE_DA_SILVA_NOVEMBRO.pdf", "MARIA_CONCEICAO_NOVEMBRO.pdf");
        assertThat(portal.logins()).isEqualTo(1);
        assertThat(portal.pontosDeVendaInformados()).containsExactly(PONTO);

        String boleto = deJose.boletoId().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/boletos/" + boleto + "/pdf",
                empresa.token(Papel.OPERADOR)).status() == 200);
        Resposta pdf = send(request("/api/boletos/" + boleto + "/pdf", empresa.token(Papel.OPERADOR)).GET());
        byte[] esperado = portal.pdf(jose);
        assertThat(pdf.header("ETag")).isEqualTo("\"" + sha256(esperado) + "\"");
        assertThat(pdf.header("Content-Disposition")).contains("JOSE_DA_SILVA_NOVEMBRO.pdf");
        Map<String, Object> registrado = jdbc.queryForMap(
                "SELECT origem, linha_digitavel, valor_centavos, vencimento FROM documento_boleto WHERE boleto_id = ?",
                deJose.boletoId().valor());
        assertThat(registrado.get("origem")).isEqualTo("CANOPUS");
        assertThat(registrado.get("linha_digitavel")).isEqualTo(boletoJose.linhaDigitavel().numero());
        assertThat(registrado.get("valor_centavos")).isEqualTo(15_050L);
        assertThat(registrado.get("vencimento").toString()).isEqualTo(boletoJose.vencimento().toString());
    }

    @Test
    void captchaInterrompeAExecucaoComCapturaELiberaAProxima() {
        configurarIntegracao();
        for (int i = 0; i < 6; i++) {
            Cpf cpf = cadastrar("Cliente " + i, PONTO);
            portal.cliente(cpf, "CLIENTE " + i, boleto("NOVEMBRO/2025"));
        }
        portal.captchaAposBuscas(0);
        aguardarClientesNoPortal(6);

        Resposta resposta = post("/api/execucoes-download", empresa.token(Papel.ADMIN), Map.of());

        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(202);
        ExecucaoDownloadId id = ExecucaoDownloadId.de(resposta.json().path("id").asText());
        ExecucaoDownloadConcluida concluida = aguardarConclusao(id);
        assertThat(concluida.situacao()).isEqualTo(SituacaoExecucaoDownload.INTERROMPIDA);
        assertThat(concluida.motivo()).isEqualTo(MotivoInterrupcao.CAPTCHA);
        assertThat(concluida.contagem().naoProcessados()).isEqualTo(6);
        ExecucaoDownloadInterrompida interrompida = eventos(id, ExecucaoDownloadInterrompida.class).get(0);
        assertThat(Path.of(interrompida.captura())).exists();
        assertThat(portal.captchasMostrados()).isLessThanOrEqualTo(2);

        portal.captchaAposBuscas(Integer.MAX_VALUE);
        Resposta proxima = await().atMost(Duration.ofSeconds(30)).until(() -> post("/api/execucoes-download",
                empresa.token(Papel.SUPERVISOR), Map.of("limite", 1)), r -> r.status() == 202);
        ExecucaoDownloadConcluida seguinte = aguardarConclusao(ExecucaoDownloadId.de(proxima.json().path("id").asText()));
        assertThat(seguinte.contagem().sucesso()).isEqualTo(1);
    }

    @Test
    void senhaRecusadaInterrompeSemGuardarASenhaEmLugarNenhum() {
        put("/api/integracoes/canopus", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", portal.baseUrl(), "usuario", USUARIO),
                "segredos", Map.of("senha", "Senha-Errada-9")));
        Cpf cpf = cadastrar("Cliente", PONTO);
        portal.cliente(cpf, "CLIENTE", boleto("NOVEMBRO/2025"));
        aguardarClientesNoPortal(1);

        Resposta resposta = post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR), Map.of());

        ExecucaoDownloadId id = ExecucaoDownloadId.de(resposta.json().path("id").asText());
        ExecucaoDownloadConcluida concluida = aguardarConclusao(id);
        assertThat(concluida.motivo()).isEqualTo(MotivoInterrupcao.CREDENCIAIS_RECUSADAS);
        assertThat(portal.loginsRecusados()).isEqualTo(1);
        Resposta integracao = get("/api/integracoes/canopus", empresa.token(Papel.ADMIN));
        assertThat(integracao.body()).doesNotContain("Senha-Errada-9").contains("senha");
        Long eventosComSenha = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE '%Senha-Errada-9%'",
                Long.class);
        assertThat(eventosComSenha).isZero();
    }

    @Test
    void pedidoInvalidoOuSemPermissaoERecusado() {
        Cpf cpf = cadastrar("Cliente", PONTO);
        aguardarClientesNoPortal(1);

        assertProblema(post("/api/execucoes-download", empresa.token(Papel.OPERADOR), Map.of()), 403, null);
        assertProblema(post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR), Map.of()), 422,
                "INTEGRACAO_NAO_CONFIGURADA");
        configurarIntegracao();
        assertProblema(post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR), Map.of("ano", 1999)), 400,
                "REQUISICAO_INVALIDA");
        assertProblema(post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR),
                Map.of("clientes", List.of("123.456.789-00"))), 400, "CPF_INVALIDO");
        assertProblema(post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR),
                Map.of("clientes", List.of(CpfsDeTeste.novo().numero()))), 422, "CLIENTE_NAO_ENCONTRADO");
        assertProblema(post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR),
                Map.of("pontoDeVenda", "inexistente")), 422, "NENHUM_CLIENTE");
        assertProblema(put("/api/integracoes/canopus", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", "ftp://portal", "usuario", USUARIO),
                "segredos", Map.of("senha", SENHA))), 400, "CONFIGURACAO_INVALIDA");

        portal.latencia(Duration.ofSeconds(2)).cliente(cpf, "CLIENTE", boleto("NOVEMBRO/2025"));
        Resposta primeira = post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR),
                Map.of("clientes", List.of(cpf.formatado())));
        assertThat(primeira.status()).as(primeira.toString()).isEqualTo(202);
        assertProblema(post("/api/execucoes-download", empresa.token(Papel.SUPERVISOR), Map.of()), 409,
                "EXECUCAO_EM_ANDAMENTO");
        aguardarConclusao(ExecucaoDownloadId.de(primeira.json().path("id").asText()));
    }

    @Test
    void execucaoDeUmNoQueSilenciouERetomadaDeOndeParou() {
        configurarIntegracao();
        Cpf feito = cadastrar("Cliente Ja Baixado", PONTO);
        Cpf pendente = cadastrar("Cliente Pendente", PONTO);
        portal.cliente(feito, "JA BAIXADO", boleto("NOVEMBRO/2025")).cliente(pendente, "PENDENTE", boleto("NOVEMBRO/2025"));
        aguardarClientesNoPortal(2);
        UUID idFeito = clienteId(feito);
        UUID idPendente = clienteId(pendente);
        ExecucaoDownloadId id = ExecucaoDownloadId.novo();
        Timestamp horaAtras = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        jdbc.update("""
                INSERT INTO portal_execucao (execucao_id, tenant_id, total, situacao, dono, batida, criada_em, atualizada_em)
                VALUES (?, ?, 2, 'EM_ANDAMENTO', 'no-que-caiu', ?, ?, ?)""",
                id.valor(), empresa.tenantId().valor(), horaAtras, horaAtras, horaAtras);
        jdbc.update("""
                INSERT INTO portal_execucao_cliente (execucao_id, ordem, cliente_id, cpf, nome, resultado)
                VALUES (?, 0, ?, ?, 'Cliente Ja Baixado', 'SUCESSO'), (?, 1, ?, ?, 'Cliente Pendente', NULL)""",
                id.valor(), idFeito, feito.numero(), id.valor(), idPendente, pendente.numero());
        commandGateway.sendAndWait(new IniciarExecucaoDownloadCommand(id, empresa.tenantId(), null, null, null, 2));
        commandGateway.sendAndWait(new RegistrarResultadoDownloadCommand(id, empresa.tenantId(), new ClienteId(idFeito),
                ResultadoDownload.SUCESSO, null, "JA_BAIXADO_NOVEMBRO.pdf", null, null));

        ExecucaoDownloadConcluida concluida = aguardarConclusao(id);

        assertThat(concluida.situacao()).isEqualTo(SituacaoExecucaoDownload.CONCLUIDA);
        assertThat(concluida.contagem()).isEqualTo(new ContagemDownload(2, 0, 0, 0, 0));
        assertThat(portal.buscas()).isEqualTo(1);
        assertThat(eventos(id, ClienteDownloadConcluido.class)).extracting(ClienteDownloadConcluido::arquivo)
                .containsExactly("JA_BAIXADO_NOVEMBRO.pdf", "CLIENTE_PENDENTE_NOVEMBRO.pdf");
    }

    // ---- helpers ----

    private void configurarIntegracao() {
        Resposta resposta = put("/api/integracoes/canopus", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", portal.baseUrl(), "usuario", USUARIO, "pontoDeVenda", PONTO),
                "segredos", Map.of("senha", SENHA)));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
        assertThat(resposta.body()).doesNotContain(SENHA);
    }

    private Cpf cadastrar(String nome, String pontoDeVenda) {
        Cpf cpf = CpfsDeTeste.novo();
        Map<String, Object> cliente = new LinkedHashMap<>();
        cliente.put("cpf", cpf.formatado());
        cliente.put("nome", nome);
        cliente.put("whatsapp", "(11) 9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
        cliente.put("pontoDeVenda", pontoDeVenda);
        Resposta resposta = post("/api/clientes", empresa.token(Papel.OPERADOR), cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return cpf;
    }

    private UUID clienteId(Cpf cpf) {
        return jdbc.queryForObject("SELECT cliente_id FROM portal_cliente WHERE tenant_id = ? AND cpf = ?", UUID.class,
                empresa.tenantId().valor(), cpf.numero());
    }

    private void aguardarClientesNoPortal(int quantos) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM portal_cliente WHERE tenant_id = ?", Integer.class,
                empresa.tenantId().valor()) == quantos);
    }

    private ExecucaoDownloadConcluida aguardarConclusao(ExecucaoDownloadId id) {
        return await().atMost(Duration.ofSeconds(120)).until(() -> eventos(id, ExecucaoDownloadConcluida.class)
                .stream().findFirst(), Optional::isPresent).orElseThrow();
    }

    private <T> List<T> eventos(ExecucaoDownloadId id, Class<T> tipo) {
        return eventStore.readEvents(id.toString()).asStream().map(m -> m.getPayload())
                .filter(tipo::isInstance).map(tipo::cast).toList();
    }

    private static void assertProblema(Resposta resposta, int status, String code) {
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        if (code != null) {
            JsonNode corpo = resposta.json();
            assertThat(corpo.path("code").asText()).as(resposta.toString()).isEqualTo(code);
        }
    }

    private static BoletoFalso boleto(String mes) {
        return BoletoFalso.de(15_050, LocalDate.of(2025, 11, 10), mes, NOSSO_NUMERO.incrementAndGet());
    }

    private static String sha256(byte[] conteudo) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(conteudo));
    }
}
