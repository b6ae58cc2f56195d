package br.com.nexus.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.api.DadosDaApi;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.whatsapp.CenarioWhatsapp;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The console's WhatsApp (against the fake Evolution API), Auditoria and Administração pages, and
 * its error page, in Debian's Chromium against the whole application.
 */
class AdministracaoConsoleIT extends CenarioWhatsapp {

    /** A 1×1 PNG: what Evolution sends is a real image the browser must draw. */
    private static final String QR_PNG = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @AfterAll
    static void fecharNavegador() {
        Navegador.fechar();
    }

    @Test
    void whatsappMostraQrCodeEstadoEPreviaEEditaARegua() {
        Empresa empresa = novaEmpresa();
        String admin = empresa.token(Papel.ADMIN);
        String clienteId = idDoCriado(post("/api/clientes", empresa.token(Papel.OPERADOR), cliente("Benedita Sá")));
        assertThat(post("/api/boletos", empresa.token(Papel.OPERADOR), DadosDaApi.boletoPorLinha(clienteId, "250.00"))
                .status()).isEqualTo(201);
        assertThat(post("/api/whatsapp/modelos", admin, Map.of("nome", "Cobrança cordial", "padrao", true,
                "variantes", List.of("Olá, {nome}! Seu boleto de {valor} vence em {vencimento}.",
                        "{nome}, lembrete: {valor} com vencimento em {vencimento}."))).status()).isEqualTo(201);
        evolution.stubFor(WireMock.get("/instance/connect/" + empresa.instancia()).willReturn(WireMock.aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"pairingCode\":null,\"code\":\"2@abc\",\"base64\":\"" + QR_PNG + "\",\"count\":1}")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/boletos?clienteId=" + clienteId, admin).json().path("total").asLong() == 1);

        try (Operador pessoa = Operador.entrar(url(""), empresa.tenant().usuario(Papel.ADMIN).email(),
                Autenticacao.SENHA)) {
            Page pagina = pessoa.pagina();
            pessoa.abrir("/whatsapp");
            assertThat(texto(pagina, "#situacao-envios")).isEqualTo("Ativos");
            assertThat(texto(pagina, "#na-fila")).isEqualTo("0");
            assertThat(pagina.locator(".previa").first().textContent())
                    .isEqualTo("Olá, Benedita Sá! Seu boleto de R$ 250,00 vence em 10/12/2026.");

            pagina.getByText("Conectar (gerar QR code)").click();
            pagina.waitForLoadState();
            assertThat(texto(pagina, "#estado-conexao")).isEqualTo("Aguardando a leitura do QR code");
            assertThat(pagina.locator("#qrcode").getAttribute("src")).isEqualTo(QR_PNG);
            assertThat((Boolean) pagina.locator("#qrcode").evaluate("img => img.complete && img.naturalWidth === 1"))
                    .isTrue();
            pessoa.verificar("whatsapp");

            pagina.locator("#dias-para-vencido").fill("3");
            pagina.getByLabel("Nome da etapa 5").fill("Última chamada");
            pagina.getByLabel("Dias da etapa 5").fill("15");
            pagina.getByText("Salvar régua").click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains("Régua salva");
            JsonNode regua = get("/api/configuracoes/regua", admin).json();
            assertThat(regua.path("diasParaVencido").asInt()).isEqualTo(3);
            assertThat(regua.path("etapas")).hasSize(5);
            assertThat(regua.path("etapas").get(4).path("nome").asText()).isEqualTo("Última chamada");
            assertThat(pagina.getByLabel("Nome da etapa 5").inputValue()).isEqualTo("Última chamada");

            pagina.locator("#janela-inicio").fill("18:00");
            pagina.locator("#janela-fim").fill("08:00");
            pagina.locator("#dias-para-vencido").fill("9");
            Response recusada = pagina.waitForResponse(r -> r.url().endsWith("/whatsapp/regua"),
                    () -> pagina.getByText("Salvar régua").click());
            assertThat(recusada.status()).isEqualTo(422);
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent())
                    .contains("a janela de envio termina (08:00) antes de começar (18:00)");
            assertThat(pagina.locator("#janela-inicio").inputValue()).isEqualTo("18:00");
            JsonNode semMudanca = get("/api/configuracoes/regua", admin).json();
            assertThat(semMudanca.path("diasParaVencido").asInt()).isEqualTo(3);
            assertThat(semMudanca.path("janelaFim").asText()).startsWith("20:00");
            pessoa.verificar("whatsapp-regua-recusada");
        }

        try (Operador operador = Operador.entrar(url(""), empresa.tenant().usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = operador.pagina();
            operador.abrir("/whatsapp");
            assertThat(texto(pagina, "#situacao-envios")).isEqualTo("Ativos");
            assertThat(pagina.locator(".previa").count()).isEqualTo(1);
            assertThat(pagina.getByText("Conectar (gerar QR code)").count()).isZero();
            assertThat(pagina.locator("#qrcode").count()).isZero();
            assertThat(pagina.locator("form#regua").count()).isZero();
            String csrf = pagina.locator("form.sair input[name=_csrf]").inputValue();
            APIResponse forcado = pagina.request().post(url("/whatsapp/regua"), RequestOptions.create()
                    .setForm(FormData.create().set("_csrf", csrf).set("janelaInicio", "08:00")
                            .set("janelaFim", "20:00").set("espacamentoMinimoHoras", "0")
                            .set("diasParaVencido", "1")).setMaxRedirects(0));
            assertThat(forcado.status()).isEqualTo(403);
            assertThat(get("/api/configuracoes/regua", admin).json().path("diasParaVencido").asInt()).isEqualTo(3);
        }
    }

    @Test
    void auditoriaMostraQuemEQuandoEAdministracaoCuidaDosUsuarios() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String operadorEmail = empresa.usuario(Papel.OPERADOR).email();
        String clienteId = idDoCriado(post("/api/clientes", empresa.token(Papel.OPERADOR), cliente("Caio Auditado")));
        JsonNode eventos = get("/api/auditoria/cliente/" + clienteId + "/eventos", empresa.token(Papel.ADMIN)).json();
        String quando = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(
                Instant.parse(eventos.get(0).path("timestamp").asText()).atZone(ZoneId.of("America/Sao_Paulo")));

        try (Operador admin = Operador.entrar(url(""), empresa.usuario(Papel.ADMIN).email(), Autenticacao.SENHA)) {
            Page pagina = admin.pagina();
            admin.abrir("/auditoria");
            pagina.getByLabel("Identificador (id)").fill(clienteId);
            pagina.getByText("Consultar").click();
            pagina.waitForLoadState();
            String linha = pagina.locator("#historico tbody tr").first().textContent();
            assertThat(linha).contains("ClienteCadastrado").contains(operadorEmail + " (OPERADOR)").contains(quando);
            admin.verificar("auditoria");

            Response inexistente = admin.abrir("/auditoria?tipo=boleto&id=" + UUID.randomUUID());
            assertThat(inexistente.status()).isEqualTo(404);
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).contains("Nenhum histórico encontrado");
            assertThat(admin.abrir("/auditoria?tipo=cliente&id=nao-e-um-id").status()).isEqualTo(400);
            Response semPagina = admin.abrir("/administracao/nao-existe");
            assertThat(semPagina.status()).isEqualTo(404);
            assertThat(texto(pagina, "h1")).isEqualTo("Página não encontrada");

            admin.abrir("/administracao");
            assertThat(pagina.locator("#usuarios tbody tr").count()).isEqualTo(4);
            admin.verificar("administracao");
            String novoEmail = "nova.supervisora@" + empresa.usuario(Papel.ADMIN).email().split("@")[1];
            pagina.getByLabel("Nome").fill("Nova Supervisora");
            pagina.getByLabel("E-mail").fill(novoEmail);
            pagina.getByLabel("Senha (ao menos 10 caracteres)").fill("curta");
            pagina.getByLabel("Papel", new Page.GetByLabelOptions().setExact(true)).selectOption("SUPERVISOR");
            Response recusada = pagina.waitForResponse(r -> r.url().endsWith("/administracao/usuarios"),
                    () -> pagina.getByText("Criar usuário").click());
            assertThat(recusada.status()).isEqualTo(400);
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent())
                    .contains("A senha deve ter ao menos 10 caracteres");
            assertThat(pagina.getByLabel("E-mail").inputValue()).isEqualTo(novoEmail);
            assertThat(get("/api/usuarios", empresa.token(Papel.ADMIN)).json()).hasSize(4);

            pagina.getByLabel("Senha (ao menos 10 caracteres)").fill("Uma-Senha-Boa-2026");
            pagina.getByText("Criar usuário").click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains(novoEmail).contains("SUPERVISOR");
            assertThat(post("/api/auth/login", null, Map.of("email", novoEmail, "senha", "Uma-Senha-Boa-2026"))
                    .status()).isEqualTo(200);

            pagina.getByLabel("Papel de " + novoEmail).selectOption("AUDITOR");
            pagina.locator("tr[data-email='" + novoEmail + "']").getByText("Alterar papel").click();
            pagina.waitForLoadState();
            assertThat(texto(pagina, "tr[data-email='" + novoEmail + "'] .papel")).isEqualTo("AUDITOR");
            pagina.getByLabel("Desativar " + novoEmail).click();
            pagina.waitForLoadState();
            assertThat(texto(pagina, "tr[data-email='" + novoEmail + "'] .situacao")).isEqualTo("Desativado");
            JsonNode criado = usuario(get("/api/usuarios", empresa.token(Papel.ADMIN)).json(), novoEmail);
            assertThat(criado.path("papel").asText()).isEqualTo("AUDITOR");
            assertThat(criado.path("ativo").asBoolean()).isFalse();
            assertThat(post("/api/auth/login", null, Map.of("email", novoEmail, "senha", "Uma-Senha-Boa-2026"))
                    .status()).isEqualTo(401);

            // A body the server cannot even read (multipart without its boundary) is its failure, not the caller's:
            // the console's own page, not the API's problem+json nor a stack trace.
            String csrf = pagina.locator("form.sair input[name=_csrf]").inputValue();
            APIResponse quebrada = pagina.request().post(url("/administracao/usuarios"), RequestOptions.create()
                    .setHeader("Content-Type", "multipart/form-data").setHeader("X-CSRF-TOKEN", csrf)
                    .setData("nome=x"));
            assertThat(quebrada.status()).isEqualTo(500);
            assertThat(quebrada.headers().get("content-type")).startsWith("text/html");
            assertThat(quebrada.text()).contains("Algo deu errado").contains("Erro inesperado no servidor")
                    .doesNotContain("Exception").doesNotContain("at org.");
        }

        try (Operador operador = Operador.entrar(url(""), operadorEmail, Autenticacao.SENHA)) {
            Page pagina = operador.pagina();
            assertThat(pagina.locator("nav[aria-label='Menu principal'] a").allTextContents())
                    .doesNotContain("Administração", "Auditoria");
            Response negado = operador.abrir("/administracao");
            assertThat(negado.status()).isEqualTo(403);
            assertThat(texto(pagina, "h1")).isEqualTo("Acesso negado");
            assertThat(operador.abrir("/auditoria?tipo=cliente&id=" + clienteId).status()).isEqualTo(403);
            assertThat(pagina.content()).doesNotContain("ClienteCadastrado");
        }
    }

    private static Map<String, Object> cliente(String nome) {
        Map<String, Object> cliente = DadosDaApi.cliente(DadosDaApi.cpf());
        cliente.put("nome", nome);
        return cliente;
    }

    private static String idDoCriado(Resposta resposta) {
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    private static JsonNode usuario(JsonNode usuarios, String email) {
        for (JsonNode usuario : usuarios) {
            if (usuario.path("email").asText().equals(email)) {
                return usuario;
            }
        }
        throw new AssertionError("usuário " + email + " não listado em " + usuarios);
    }

    private static String texto(Page pagina, String seletor) {
        return pagina.locator(seletor).textContent().strip();
    }
}
