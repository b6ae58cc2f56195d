package br.com.nexus.app.console;

import static br.com.nexus.app.importacao.Planilhas.XLSX;
import static br.com.nexus.app.importacao.Planilhas.linha;
import static br.com.nexus.app.importacao.Planilhas.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.api.DadosDaApi;
import br.com.nexus.app.portal.fake.BoletoFalso;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.portal.fake.PortalFalso;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.seguranca.Papel;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The console's Leads board, Importação and Downloads do portal pages, in Chromium against the whole application. */
class OperacaoConsoleIT extends IntegrationTest {

    private static final String USUARIO_DO_PORTAL = "24627";
    private static final String SENHA_DO_PORTAL = "Senha-Do-Portal-1";
    private static final String PONTO = "17.308";

    @Autowired
    private JdbcTemplate jdbc;

    @AfterAll
    static void fecharNavegador() {
        Navegador.fechar();
    }

    @Test
    void quadroDeLeadsMoveConverteECapturaComOsMesmosComandosDaApi() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String token = empresa.token(Papel.OPERADOR);
        try (Operador operador = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = operador.pagina();
            operador.abrir("/leads");
            assertThat(pagina.locator(".vazio").textContent()).contains("Nenhum lead no funil");
            operador.verificar("leads-vazio");

            String lia = capturarPelaApi(token, "Lia Prado", "(11) 98888-7777");
            String caio = capturarPelaApi(token, "Caio Lopes", "(21) 97777-6666");
            pagina.getByLabel("Nome").fill("Rui <b>Teles</b>");
            pagina.getByLabel("Telefone").fill("(31) 96666-5555");
            pagina.getByLabel("Origem").selectOption("INDICACAO");
            pagina.waitForNavigation(() -> pagina.getByText("Capturar lead").click());
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains("Lead Rui <b>Teles</b> capturado");
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                operador.abrir("/leads");
                return cartoes(pagina, "CAPTURADO").count() == 3;
            });
            assertThat(cartoes(pagina, "CAPTURADO").allTextContents()).anySatisfy(texto ->
                    assertThat(texto).contains("Rui <b>Teles</b>").contains("(31) 96666-5555").contains("Indicação"));
            assertThat(cartao(pagina, lia).textContent()).contains("(11) 98888-7777").contains("Instagram");
            operador.verificar("leads");

            mover(pagina, lia, "QUALIFICADO");
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains("Lia Prado: movido para Qualificado");
            assertThat(cartoes(pagina, "QUALIFICADO").allTextContents()).singleElement().asString().contains("Lia Prado");
            await().atMost(Duration.ofSeconds(30)).until(() -> porEtapa(token, "QUALIFICADO") == 1);

            // Dragging a card onto a column submits the same move.
            cartao(pagina, caio).dragTo(pagina.locator("#coluna-CONTATADO"));
            pagina.waitForURL("**/leads");
            pagina.locator("#coluna-CONTATADO .nome-lead").getByText("Caio Lopes").waitFor();
            assertThat(get("/api/leads/" + caio, token).json().path("etapa").asText()).isEqualTo("CONTATADO");

            mover(pagina, caio, "AGENDADO");
            assertThat(texto(pagina, "h1")).isEqualTo("Mover Caio Lopes para Agendado");
            pagina.getByLabel("Data e hora").fill("2026-12-20T14:30");
            pagina.getByLabel("Procedimento (opcional)").fill("Apresentação do plano");
            pagina.getByText("Confirmar").click();
            pagina.waitForURL("**/leads");
            assertThat(cartao(pagina, caio).textContent()).contains("Agendado para 20/12/2026 14:30");
            assertThat(get("/api/leads/" + caio, token).json().path("agendadoPara").asText())
                    .isEqualTo("2026-12-20T17:30:00Z");

            mover(pagina, lia, "CONVERTIDO");
            pagina.getByLabel("CPF do cliente").fill("123.456.789-00");
            operador.verificar("lead-conversao");
            Response recusada = pagina.waitForNavigation(() -> pagina.getByText("Converter em cliente").click());
            assertThat(recusada.status()).isEqualTo(400);
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).contains("CPF");
            assertThat(get("/api/leads/" + lia, token).json().path("etapa").asText()).isEqualTo("QUALIFICADO");
            String cpf = DadosDaApi.cpf();
            pagina.getByLabel("CPF do cliente").fill(cpf);
            pagina.getByText("Converter em cliente").click();
            pagina.waitForURL("**/leads");
            assertThat(cartoes(pagina, "CONVERTIDO").allTextContents()).singleElement().asString().contains("Lia Prado");
            assertThat(cartao(pagina, lia).locator("form").count()).isZero();
            await().atMost(Duration.ofSeconds(30)).until(() -> porEtapa(token, "CONVERTIDO") == 1
                    && get("/api/clientes?busca=" + cpf, token).json().path("total").asLong() == 1);

            mover(pagina, caio, "PERDIDO");
            Response semMotivo = pagina.waitForNavigation(() -> {
                pagina.locator("#motivo").evaluate("campo => campo.removeAttribute('required')");
                pagina.getByText("Confirmar").click();
            });
            assertThat(semMotivo.status()).isEqualTo(400);
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).contains("Informe o motivo");
            pagina.getByLabel("Motivo").fill("Escolheu outra administradora");
            pagina.getByText("Confirmar").click();
            pagina.waitForURL("**/leads");
            assertThat(cartao(pagina, caio).textContent()).contains("Motivo: Escolheu outra administradora");
            assertThat(cartao(pagina, caio).locator("select option").allTextContents()).containsExactly("Reabrir");
            await().atMost(Duration.ofSeconds(30)).until(() -> porEtapa(token, "PERDIDO") == 1);
        }
    }

    @Test
    void importacaoMostraORelatorioLinhaALinhaERecusaArquivoCorrompido() throws IOException {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String ana = DadosDaApi.cpf();
        XSSFWorkbook pasta = new XSSFWorkbook();
        Sheet aba = pasta.createSheet("Clientes");
        linha(aba, 0, "CPF", "Nome", "WhatsApp", "Grupo", "Cota", "Ponto de venda");
        linha(aba, 1, ana, "Ana Prado", "(11) 98765-4321", "1234", "56", "Centro");
        linha(aba, 2, "123.456.789-00", "CPF Errado", "", "", "", "");
        linha(aba, 3, DadosDaApi.cpf(), "Bruno Dias", "(21) 99876-5432", "", "", "");
        linha(aba, 4, DadosDaApi.cpf(), "   ", "", "", "", "");
        byte[] planilha = xlsx(pasta);

        try (Operador supervisor = Operador.entrar(url(""), empresa.usuario(Papel.SUPERVISOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = supervisor.pagina();
            supervisor.abrir("/importacao");
            assertThat(pagina.locator("#relatorio").count()).isZero();
            supervisor.verificar("importacao");

            pagina.getByLabel("Planilha").setInputFiles(new FilePayload("clientes.xlsx", XLSX, planilha));
            pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar")).click();
            pagina.locator("#relatorio").waitFor();
            assertThat(texto(pagina, "#linhas")).isEqualTo("4");
            assertThat(texto(pagina, "#importados")).isEqualTo("2");
            assertThat(texto(pagina, "#rejeitados")).isEqualTo("2");
            assertThat(pagina.locator("#linhas-rejeitadas tbody tr").allInnerTexts()).containsExactly(
                    "3\tCPF inválido (CPF com dígitos verificadores incorretos)", "5\tNome em branco");
            supervisor.verificar("importacao-relatorio");
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    get("/api/clientes?size=1", empresa.token(Papel.SUPERVISOR)).json().path("total").asLong() == 2);

            pagina.getByLabel("Planilha").setInputFiles(new FilePayload("clientes.xlsx", XLSX,
                    "isto não é uma planilha".getBytes(StandardCharsets.UTF_8)));
            Response corrompida = pagina.waitForNavigation(() -> pagina.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Importar")).click());
            assertThat(corrompida.status()).isBetween(400, 499);
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).isNotBlank();
            assertThat(pagina.locator("#relatorio").count()).isZero();
            assertThat(get("/api/clientes?size=1", empresa.token(Papel.SUPERVISOR)).json().path("total").asLong())
                    .isEqualTo(2);
        }
    }

    @Test
    void downloadDoPortalIniciadoPeloConsoleMostraOProgressoAoVivoAteOFim() {
        aguardarProcessadores("portal-download", "download-saga");
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        try (PortalFalso portal = PortalFalso.iniciar(USUARIO_DO_PORTAL, SENHA_DO_PORTAL);
                Operador supervisor = Operador.entrar(url(""), empresa.usuario(Papel.SUPERVISOR).email(),
                        Autenticacao.SENHA)) {
            Page pagina = supervisor.pagina();
            supervisor.abrir("/downloads");
            assertThat(pagina.locator(".vazio").textContent()).contains("Nenhum download do portal");
            supervisor.verificar("downloads-vazio");

            pagina.waitForNavigation(() -> pagina.getByText("Iniciar download").click());
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).contains("Configure a integração canopus");

            configurarPortal(empresa, portal);
            Cpf jose = cadastrar(empresa, "José da Silva");
            Cpf semBoleto = cadastrar(empresa, "Cliente Em Dia");
            cadastrar(empresa, "Cliente Sem Cadastro No Portal");
            // José's boleto takes a while at the portal, so the page opens while the run goes on.
            portal.lento(jose, Duration.ofSeconds(8))
                    .cliente(jose, "JOSE DA SILVA", BoletoFalso.de(15_050, LocalDate.of(2025, 11, 10),
                            "NOVEMBRO/2025", System.nanoTime() % 1_000_000))
                    .cliente(semBoleto, "CLIENTE EM DIA", null);
            // The run picks its clientes from the command side's list, which follows their registration.
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM portal_cliente WHERE tenant_id = ?", Integer.class,
                    empresa.tenantId().valor()) == 3);

            pagina.getByLabel("Ponto de venda (opcional)").fill(PONTO);
            pagina.getByText("Iniciar download").click();
            pagina.waitForURL("**/downloads/*");
            assertThat(pagina.locator("#andamento[sse-connect]").count())
                    .as("a página abriu com a execução em andamento e acompanha ao vivo").isEqualTo(1);
            pagina.locator("#situacao-execucao").getByText("Concluída")
                    .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            assertThat(texto(pagina, "#download-processados")).isEqualTo("3 de 3");
            assertThat(texto(pagina, "#download-sucesso")).isEqualTo("1");
            assertThat(texto(pagina, "#download-sem-boleto")).isEqualTo("1");
            assertThat(texto(pagina, "#download-cpf-nao-encontrado")).isEqualTo("1");
            assertThat(pagina.locator("#resultados-download tbody tr").allInnerTexts()).hasSize(3)
                    .anySatisfy(linha -> assertThat(linha).contains("José da Silva").contains("Boleto baixado")
                            .contains("JOSE_DA_SILVA_NOVEMBRO.pdf"))
                    .anySatisfy(linha -> assertThat(linha).contains("Cliente Sem Cadastro No Portal")
                            .contains("CPF não encontrado no portal"));
            supervisor.verificar("download");

            supervisor.abrir("/downloads");
            assertThat(pagina.locator("#lista-execucoes tbody tr").allInnerTexts()).singleElement().asString()
                    .contains(PONTO).contains("3 de 3").contains("Concluída");
            supervisor.verificar("downloads");
        }
    }

    @Test
    void auditorVeSemAcoesDeEscritaEUmPostForcadoEhRecusado() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String token = empresa.token(Papel.OPERADOR);
        String lead = capturarPelaApi(token, "Lead Auditado", "(11) 95555-4444");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/leads/" + lead, token).status() == 200);

        try (Operador auditor = Operador.entrar(url(""), empresa.usuario(Papel.AUDITOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = auditor.pagina();
            assertThat(pagina.locator("nav[aria-label='Menu principal'] a").allTextContents())
                    .contains("Leads", "Downloads do portal").doesNotContain("Importação");
            auditor.abrir("/leads");
            assertThat(cartao(pagina, lead).textContent()).contains("Lead Auditado");
            assertThat(pagina.locator("form.mover").count()).isZero();
            assertThat(pagina.getByText("Novo lead").count()).isZero();
            auditor.verificar("leads-auditor");
            String csrf = pagina.locator("form.sair input[name=_csrf]").inputValue();
            assertThat(postForcado(pagina, "/leads/" + lead + "/etapa", FormData.create().set("_csrf", csrf)
                    .set("destino", "CONTATADO")).status()).isEqualTo(403);
            assertThat(postForcado(pagina, "/leads", FormData.create().set("_csrf", csrf)
                    .set("nome", "Intruso").set("telefone", "(11) 94444-3333")).status()).isEqualTo(403);

            auditor.abrir("/downloads");
            assertThat(pagina.getByText("Iniciar download").count()).isZero();
            assertThat(postForcado(pagina, "/downloads", FormData.create().set("_csrf", csrf)).status()).isEqualTo(403);
            assertThat(auditor.abrir("/importacao").status()).isEqualTo(403);
            assertThat(get("/api/leads/" + lead, token).json().path("etapa").asText()).isEqualTo("CAPTURADO");
            assertThat(get("/api/leads?size=1", token).json().path("total").asLong()).isEqualTo(1);
        }
        try (Operador operador = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            assertThat(operador.abrir("/importacao").status()).isEqualTo(403);
            assertThat(operador.abrir("/downloads").status()).isEqualTo(403);
        }
    }

    private String capturarPelaApi(String token, String nome, String telefone) {
        Resposta resposta = post("/api/leads", token, DadosDaApi.lead(nome, telefone));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    private long porEtapa(String token, String etapa) {
        return get("/api/funil", token).json().path("porEtapa").path(etapa).asLong();
    }

    private static void mover(Page pagina, String leadId, String destino) {
        Locator cartao = cartao(pagina, leadId);
        cartao.locator("select").selectOption(destino);
        pagina.waitForNavigation(() -> cartao.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Mover").setExact(true)).click());
    }

    private static Locator cartao(Page pagina, String leadId) {
        return pagina.locator(".cartao-lead[data-lead='" + leadId + "']");
    }

    private static Locator cartoes(Page pagina, String etapa) {
        return pagina.locator("#coluna-" + etapa + " .cartao-lead");
    }

    private APIResponse postForcado(Page pagina, String caminho, FormData formulario) {
        return pagina.request().post(url(caminho), RequestOptions.create().setForm(formulario).setMaxRedirects(0));
    }

    private void configurarPortal(TenantDeTeste empresa, PortalFalso portal) {
        Resposta resposta = put("/api/integracoes/canopus", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", portal.baseUrl(), "usuario", USUARIO_DO_PORTAL, "pontoDeVenda", PONTO),
                "segredos", Map.of("senha", SENHA_DO_PORTAL)));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(200);
    }

    private Cpf cadastrar(TenantDeTeste empresa, String nome) {
        Cpf cpf = CpfsDeTeste.novo();
        Map<String, Object> cliente = DadosDaApi.cliente(cpf.numero());
        cliente.put("nome", nome);
        cliente.put("pontoDeVenda", PONTO);
        Resposta resposta = post("/api/clientes", empresa.token(Papel.OPERADOR), cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return cpf;
    }

    private static String texto(Page pagina, String seletor) {
        return pagina.locator(seletor).textContent().strip();
    }
}
