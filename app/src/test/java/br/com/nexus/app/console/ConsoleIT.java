package br.com.nexus.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.api.DadosDaApi;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The operator's console in Debian's Chromium, against the whole application and its embedded PostgreSQL. */
class ConsoleIT extends IntegrationTest {

    @AfterAll
    static void fecharNavegador() {
        Navegador.fechar();
    }

    private static final Locale BRASIL = Locale.forLanguageTag("pt-BR");

    @Test
    void entraPeloFormularioComSessaoEmCookieSeguroESai() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        try (Operador anonimo = new Operador(url(""))) {
            anonimo.abrir("/painel");
            assertThat(anonimo.pagina().url()).endsWith("/entrar");
            anonimo.verificar("entrar");
        }
        try (Operador errado = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(), "senha-errada-123")) {
            assertThat(errado.pagina().url()).contains("/entrar?erro");
            assertThat(errado.pagina().getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent())
                    .contains("E-mail ou senha inválidos");
        }
        try (Operador operador = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            assertThat(operador.pagina().url()).endsWith("/painel");
            Cookie sessao = operador.contexto().cookies().stream()
                    .filter(c -> c.name.equals("NEXUS_SESSAO")).findFirst().orElseThrow();
            assertThat(sessao.httpOnly).isTrue();
            assertThat(sessao.sameSite).isEqualTo(SameSiteAttribute.STRICT);
            Response painel = operador.abrir("/painel");
            assertThat(painel.headerValue("content-security-policy"))
                    .contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");

            operador.pagina().getByText("Sair").click();
            operador.pagina().waitForURL("**/entrar?saiu");
            operador.abrir("/clientes");
            assertThat(operador.pagina().url()).endsWith("/entrar");
        }
    }

    @Test
    void apiContinuaSemSessaoEComBearer() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        Resposta semToken = get("/api/dashboard", null);
        assertThat(semToken.status()).isEqualTo(401);
        assertThat(semToken.header("Set-Cookie")).isNull();
        Resposta comToken = get("/api/dashboard", empresa.token(Papel.AUDITOR));
        assertThat(comToken.status()).isEqualTo(200);
        assertThat(comToken.header("Set-Cookie")).isNull();
    }

    @Test
    void painelMostraOsMesmosNumerosDaApiEOsDisparosAoVivo() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String operador = empresa.token(Papel.OPERADOR);
        String clienteId = cadastrarCliente(operador, "Joana Pereira");
        registrarBoleto(operador, clienteId, "1234.56");
        registrarBoleto(operador, clienteId, "99.90");
        assertThat(post("/api/leads", operador, DadosDaApi.lead("Lia Prado", "(11) 98888-7777")).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/dashboard", operador).json().path("boletos").path("total").asLong() == 2
                        && get("/api/funil", operador).json().path("total").asLong() == 1);
        JsonNode api = get("/api/dashboard", operador).json();

        try (Operador pessoa = Operador.entrar(url(""), empresa.usuario(Papel.SUPERVISOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = pessoa.pagina();
            assertThat(texto(pagina, "#boletos-total")).isEqualTo(inteiro(api.path("boletos").path("total")));
            assertThat(texto(pagina, "#boletos-pagos")).isEqualTo(inteiro(api.path("boletos").path("pagos")));
            assertThat(texto(pagina, "#boletos-pendentes")).isEqualTo(inteiro(api.path("boletos").path("pendentes")));
            assertThat(texto(pagina, "#boletos-vencidos")).isEqualTo(inteiro(api.path("boletos").path("vencidos")));
            assertThat(texto(pagina, "#valor-total")).isEqualTo(reais(api.path("valores").path("total")))
                    .isEqualTo("R$ 1.334,46");
            assertThat(texto(pagina, "#valor-pago")).isEqualTo(reais(api.path("valores").path("pago")));
            assertThat(texto(pagina, "#valor-pendente")).isEqualTo(reais(api.path("valores").path("pendente")));
            assertThat(texto(pagina, "#clientes-unicos")).isEqualTo(inteiro(api.path("clientesUnicos")));

            assertThat(pagina.locator("#grafico-funil canvas").count()).isPositive();
            assertThat(pagina.locator("#conversoes tbody tr").first().textContent()).contains("Captado")
                    .contains("Contatado");
            pagina.locator("#disparos-ao-vivo").getByText("Nenhum disparo hoje.").waitFor();
            pessoa.verificar("painel");

            pessoa.abrir("/painel?periodo=MES");
            assertThat(pagina.locator("nav.abas [aria-current=page]").textContent()).contains("Por mês");
            assertThat(texto(pagina, "#receita")).isEqualTo("R$ 0,00");
            pessoa.verificar("painel-por-mes");
        }
    }

    @Test
    void clientesBuscaSemAcentoPaginaEMostraNomeHostilComoTexto() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String operador = empresa.token(Papel.OPERADOR);
        String hostil = "<script>alert(1)</script>";
        String hostilId = cadastrarCliente(operador, hostil);
        String joaoId = cadastrarCliente(operador, "João Conceição");
        registrarBoleto(operador, joaoId, "250.00");
        for (int i = 0; i < 20; i++) {
            cadastrarCliente(operador, "Cliente Número " + (100 + i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/clientes?size=1", operador).json().path("total").asLong() == 22
                        && get("/api/clientes/" + joaoId, operador).json().path("boletos").asLong() == 1);

        try (Operador pessoa = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = pessoa.pagina();
            pessoa.abrir("/clientes");
            assertThat(texto(pagina, "#clientes-total")).isEqualTo("22");
            assertThat(pagina.locator("#lista-clientes tbody tr").count()).isEqualTo(20);
            assertThat(pagina.locator("#lista-clientes").textContent()).contains(hostil);
            pessoa.verificar("clientes");
            pagina.getByText("Próxima").click();
            pagina.waitForURL("**pagina=2**");
            assertThat(pagina.locator("#lista-clientes tbody tr").count()).isEqualTo(2);

            pessoa.abrir("/clientes");
            pagina.getByLabel("Buscar por nome, e-mail, CPF ou WhatsApp").fill("joao conceicao");
            pagina.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Buscar")).click();
            pagina.waitForURL("**busca=joao**");
            assertThat(pagina.locator("#lista-clientes tbody tr").count()).isEqualTo(1);
            assertThat(pagina.locator("#lista-clientes").textContent()).contains("João Conceição");

            pessoa.abrir("/clientes?busca=ninguem-com-este-nome");
            assertThat(pagina.locator(".vazio").textContent()).contains("Nenhum cliente encontrado");
            pessoa.verificar("clientes-busca-vazia");

            pessoa.abrir("/clientes/" + hostilId);
            assertThat(texto(pagina, "#cliente-nome")).isEqualTo(hostil);
            assertThat(pagina.title()).startsWith(hostil);
            pessoa.verificar("cliente-nome-hostil");

            pessoa.abrir("/clientes/" + joaoId);
            assertThat(pagina.locator("#boletos-do-cliente").textContent()).contains("R$ 250,00")
                    .contains("10/12/2026").contains("A vencer");
            assertThat(pagina.locator("#timeline").textContent()).contains("Boleto");
            pessoa.verificar("cliente");
        }
    }

    @Test
    void optOutEOptInPeloDetalheDoCliente() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String operador = empresa.token(Papel.OPERADOR);
        String clienteId = cadastrarCliente(operador, "Rita Vaz");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/clientes/" + clienteId, operador).status() == 200);

        try (Operador pessoa = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = pessoa.pagina();
            pessoa.abrir("/clientes/" + clienteId);
            pagina.getByLabel("Motivo do opt-out").fill("   ");
            pagina.locator("#motivo").evaluate("campo => campo.removeAttribute('required')");
            pagina.getByText("Registrar opt-out").click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent())
                    .contains("Informe o motivo do opt-out");

            pagina.getByLabel("Motivo do opt-out").fill("Pediu por telefone");
            pagina.getByText("Registrar opt-out").click();
            pagina.waitForLoadState();
            assertThat(texto(pagina, "#situacao-whatsapp")).isEqualTo("Não aceita (opt-out)");
            assertThat(get("/api/clientes/" + clienteId, operador).json().path("whatsappOptOut").asBoolean()).isTrue();
            pessoa.verificar("cliente-opt-out");

            pagina.getByText("Registrar opt-in").click();
            pagina.waitForLoadState();
            assertThat(texto(pagina, "#situacao-whatsapp")).isEqualTo("Aceita");
            assertThat(get("/api/clientes/" + clienteId, operador).json().path("whatsappOptOut").asBoolean())
                    .isFalse();
        }
    }

    @Test
    void cadaPapelSoAlcancaOQuePodeEOutraEmpresaEhPaginaNaoEncontrada() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        TenantDeTeste outra = Autenticacao.novoTenant(url(""));
        String deOutra = cadastrarCliente(outra.token(Papel.OPERADOR), "Cliente da Outra");
        String proprio = cadastrarCliente(empresa.token(Papel.OPERADOR), "Cliente Próprio");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/clientes/" + proprio, empresa.token(Papel.OPERADOR)).status() == 200
                        && get("/api/clientes/" + deOutra, outra.token(Papel.OPERADOR)).status() == 200);

        try (Operador auditor = Operador.entrar(url(""), empresa.usuario(Papel.AUDITOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = auditor.pagina();
            assertThat(pagina.locator("nav[aria-label='Menu principal'] a").allTextContents())
                    .containsExactlyElementsOf(ItemDoMenu.de(Papel.AUDITOR).stream().map(ItemDoMenu::rotulo).toList())
                    .contains("Painel", "Clientes").doesNotContain("Administração");
            auditor.abrir("/clientes/" + proprio);
            assertThat(pagina.getByText("Registrar opt-out").count()).isZero();
            String csrf = pagina.locator("form.sair input[name=_csrf]").inputValue();
            APIResponse forcado = pagina.request().post(url("/clientes/" + proprio + "/opt-out"),
                    RequestOptions.create().setForm(FormData.create().set("_csrf", csrf).set("motivo", "tentativa"))
                            .setMaxRedirects(0));
            assertThat(forcado.status()).isEqualTo(403);

            Response alheio = auditor.abrir("/clientes/" + deOutra);
            assertThat(alheio.status()).isEqualTo(404);
            assertThat(texto(pagina, "h1")).isEqualTo("Página não encontrada");
            assertThat(pagina.content()).doesNotContain("Cliente da Outra");
            auditor.verificar("nao-encontrada");
            assertThat(auditor.abrir("/clientes/" + UUID.randomUUID()).status()).isEqualTo(404);
            assertThat(auditor.abrir("/clientes/nao-e-um-id").status()).isEqualTo(404);
        }
        try (Operador operador = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            operador.abrir("/clientes/" + proprio);
            APIResponse semCsrf = operador.pagina().request().post(url("/clientes/" + proprio + "/opt-out"),
                    RequestOptions.create().setForm(FormData.create().set("motivo", "sem token")).setMaxRedirects(0));
            assertThat(semCsrf.status()).isEqualTo(403);
            assertThat(get("/api/clientes/" + proprio, empresa.token(Papel.OPERADOR)).json()
                    .path("whatsappOptOut").asBoolean()).isFalse();
        }
        try (Operador plataforma = Operador.entrar(url(""), Autenticacao.ADMIN_INICIAL_EMAIL,
                Autenticacao.ADMIN_INICIAL_SENHA)) {
            Response painel = plataforma.abrir("/painel");
            assertThat(painel.status()).isEqualTo(403);
            assertThat(texto(plataforma.pagina(), "h1")).isEqualTo("Acesso negado");
            plataforma.verificar("acesso-negado");
        }
    }

    private String cadastrarCliente(String token, String nome) {
        Map<String, Object> cliente = DadosDaApi.cliente(DadosDaApi.cpf());
        cliente.put("nome", nome);
        Resposta resposta = post("/api/clientes", token, cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    private void registrarBoleto(String token, String clienteId, String valor) {
        Resposta resposta = post("/api/boletos", token, DadosDaApi.boletoPorLinha(clienteId, valor));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
    }

    private static String texto(Page pagina, String seletor) {
        return pagina.locator(seletor).textContent().strip();
    }

    private static String inteiro(JsonNode numero) {
        return String.format(BRASIL, "%,d", numero.asLong());
    }

    /** The API's amount ("1334.56" or a number) as people in Brazil write it. */
    private static String reais(JsonNode valor) {
        return "R$ " + String.format(BRASIL, "%,.2f", new BigDecimal(valor.asText()));
    }
}
