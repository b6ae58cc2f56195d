package br.com.nexus.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.api.DadosDaApi;
import br.com.nexus.app.pagamento.Provedores;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.whatsapp.CenarioWhatsapp;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The console's Boletos, Pagamentos and Relatórios pages in Debian's Chromium, against the whole
 * application, with WhatsApp and Asaas stood in for by one WireMock speaking their formats.
 */
class BoletosConsoleIT extends CenarioWhatsapp {

    @AfterAll
    static void fecharNavegador() {
        Navegador.fechar();
    }

    @Test
    void enviarAgoraChegaEntregueNaLinhaDoTempoEPagamentoManualQuitaOBoleto() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        configurarBoletoGerado(empresa);
        Cliente cliente = novoCliente(empresa, "Marta Nogueira");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String enviado = novoBoleto(empresa, cliente, "150.50", "GERADO");
        String pago = novoBoleto(empresa, cliente, "99.90", "CANOPUS");
        String operadorToken = empresa.token(Papel.OPERADOR);
        await().atMost(ESPERA).until(() -> get("/api/boletos/" + enviado, operadorToken).json()
                .path("boleto").path("pdfDisponivel").asBoolean()
                && get("/api/boletos/" + pago, operadorToken).status() == 200);

        try (Operador operador = Operador.entrar(url(""), empresa.tenant().usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = operador.pagina();
            operador.abrir("/boletos");
            assertThat(texto(pagina, "#boletos-total")).isEqualTo("2");
            assertThat(pagina.locator("#lista-boletos").textContent()).contains("Marta Nogueira")
                    .contains("R$ 150,50").contains("R$ 99,90").contains("10/12/2026").contains("A vencer");
            operador.verificar("boletos");

            pagina.getByLabel("Situação").selectOption("PAGO");
            pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar")).click();
            pagina.waitForURL("**situacao=PAGO**");
            assertThat(pagina.locator(".vazio").textContent()).contains("Nenhum boleto").contains("pago");
            operador.verificar("boletos-vazio");
            operador.abrir("/boletos?vencimentoDe=2026-12-31&vencimentoAte=2026-12-01");
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).contains("início do vencimento");

            operador.abrir("/boletos/" + enviado);
            String pdf = pagina.locator("#pdf-boleto").getAttribute("src");
            APIResponse documento = pagina.request().get(url(pdf));
            assertThat(documento.status()).isEqualTo(200);
            assertThat(documento.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(documento.headers().get("content-disposition")).startsWith("inline");
            assertThat(pagina.locator("#regua").textContent()).contains("Prevista");
            assertThat(pagina.getByText("Nenhum envio deste boleto.").count()).isOne();
            operador.verificar("boleto");

            pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar agora")).click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains("Envio solicitado para")
                    .contains("com o PDF");
            String mensagem = await().atMost(ESPERA).until(() -> get("/api/boletos/" + enviado, operadorToken).json()
                    .path("disparos").path(0).path("providerMessageId").asText(""), id -> !id.isEmpty());
            Resposta recibo = webhook("/api/webhooks/evolution", Map.of("x-webhook-token", empresa.webhookToken()),
                    envelope("messages.update", empresa.instancia(), null, recibo(mensagem, cliente.telefone())));
            assertThat(recibo.status()).isEqualTo(200);
            await().atMost(ESPERA).untilAsserted(() -> {
                operador.abrir("/boletos/" + enviado);
                assertThat(texto(pagina, "#disparos-do-boleto tbody td:nth-child(2)")).isEqualTo("Entregue");
            });
            await().atMost(ESPERA).untilAsserted(() -> {
                operador.abrir("/clientes/" + cliente.id());
                assertThat(pagina.locator("#timeline").textContent()).contains("Mensagem entregue");
            });

            operador.abrir("/boletos/" + pago);
            assertThat(pagina.getByLabel("Valor pago (R$)").inputValue()).isEqualTo("99,90");
            assertThat(pagina.getByText("Aceitar valor diferente do saldo").count()).as("só ADMIN ou SUPERVISOR")
                    .isZero();
            pagina.getByLabel("Valor pago (R$)").fill("50,00");
            pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar pagamento")).click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(AriaRole.ALERT).textContent()).contains("R$ 50,00")
                    .contains("difere do saldo do boleto (R$ 99,90)");
            assertThat(texto(pagina, "#situacao-boleto")).isEqualTo("A vencer");
            APIResponse forcado = pagina.request().post(url("/boletos/" + pago + "/pagamentos"),
                    RequestOptions.create().setForm(FormData.create().set("_csrf", csrf(pagina))
                            .set("valor", "50,00").set("metodo", "PIX").set("aceitarDivergencia", "true"))
                            .setMaxRedirects(0));
            assertThat(forcado.status()).as("divergência aceita só por ADMIN ou SUPERVISOR").isEqualTo(403);

            pagina.getByLabel("Valor pago (R$)").fill("99,90");
            pagina.getByLabel("Forma de pagamento").selectOption("DINHEIRO");
            pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar pagamento")).click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains("Pagamento de R$ 99,90 registrado");
            await().atMost(ESPERA).untilAsserted(() -> {
                operador.abrir("/boletos/" + pago);
                assertThat(texto(pagina, "#situacao-boleto")).isEqualTo("Pago");
            });
            assertThat(texto(pagina, "#valor-pago")).isEqualTo("R$ 99,90");
            assertThat(pagina.locator("#pagamentos-do-boleto").textContent()).contains("Dinheiro").contains("Manual");
            assertThat(pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar pagamento"))
                    .count()).as("boleto pago não tem ações").isZero();
            assertThat(get("/api/boletos/" + pago, operadorToken).json().path("boleto").path("situacao").asText())
                    .isEqualTo("PAGO");
        }
    }

    @Test
    void supervisorAceitaOValorDivergenteRecebidoDoProvedor() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        String webhookToken = UUID.randomUUID().toString();
        Resposta asaas = put("/api/integracoes/asaas", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", Map.of("baseUrl", evolution.baseUrl() + "/v3"),
                "segredos", Map.of("apiKey", "$aact_YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5MzdjNWZmNDQ6OjAwMDAwMDAwMDAw", "webhookToken", webhookToken)));
        assertThat(asaas.status()).as(asaas.toString()).isEqualTo(200);
        String clienteId = cadastrar(empresa, "Rui Barbosa Lima");
        LocalDate vencimento = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(20);
        String cobrancaId = Provedores.asaasAceita(evolution, "BOLETO", "150.50", vencimento);
        Resposta cobranca = post("/api/pagamentos/cobrancas", empresa.token(Papel.OPERADOR), Map.of(
                "clienteId", clienteId, "metodo", "BOLETO", "valor", "150.50", "vencimento", vencimento.toString()));
        assertThat(cobranca.status()).as(cobranca.toString()).isEqualTo(201);
        Provedores.asaasInforma(evolution, cobrancaId, "RECEIVED", "155.27");
        String evento = "evt_console_" + UUID.randomUUID().toString().replace("-", "");
        Resposta recebido = send(request("/api/webhooks/asaas", null).header("Content-Type", "application/json")
                .header("asaas-access-token", webhookToken)
                .POST(HttpRequest.BodyPublishers.ofString(
                        Provedores.eventoAsaas(evento, "PAYMENT_RECEIVED", cobrancaId, "155.27", null))));
        assertThat(recebido.status()).isEqualTo(200);
        String supervisorToken = empresa.token(Papel.SUPERVISOR);
        await().atMost(ESPERA).until(() -> get("/api/pagamentos/provedores/eventos?situacao=DIVERGENTE",
                supervisorToken).json().path("total").asLong() == 1
                && get("/api/pagamentos", supervisorToken).json().path("total").asLong() == 1);

        try (Operador operador = Operador.entrar(url(""), empresa.usuario(Papel.OPERADOR).email(),
                Autenticacao.SENHA)) {
            operador.abrir("/pagamentos");
            assertThat(operador.pagina().locator("#divergentes").textContent()).contains("R$ 155,27");
            assertThat(operador.pagina().locator("#divergentes").getByRole(AriaRole.BUTTON).count())
                    .as("OPERADOR não aceita").isZero();
        }
        try (Operador supervisor = Operador.entrar(url(""), empresa.usuario(Papel.SUPERVISOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = supervisor.pagina();
            supervisor.abrir("/pagamentos");
            assertThat(pagina.locator("#divergentes").textContent()).contains("R$ 155,27").contains("Asaas");
            assertThat(pagina.locator("#lista-pagamentos").textContent()).contains("R$ 150,50").contains("Aguardando");
            supervisor.verificar("pagamentos");

            pagina.locator("#divergentes").getByRole(AriaRole.BUTTON).click();
            pagina.waitForLoadState();
            assertThat(pagina.getByRole(AriaRole.STATUS).textContent()).contains("Valor aceito");
            assertThat(pagina.getByText("Nenhum valor divergente aguardando decisão.").count()).isOne();
            assertThat(pagina.locator("#lista-pagamentos").textContent()).contains("Confirmado").contains("R$ 155,27");
            JsonNode aceito = get("/api/pagamentos/provedores/eventos?situacao=ACEITO", supervisorToken).json();
            assertThat(aceito.path("total").asLong()).isEqualTo(1);
            assertThat(aceito.path("items").path(0).path("eventoId").asText()).isEqualTo(evento);
        }
    }

    @Test
    void auditorSoLeBaixaRelatoriosEOutraEmpresaEhPaginaNaoEncontrada() {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        TenantDeTeste outra = Autenticacao.novoTenant(url(""));
        String proprio = registrar(empresa, cadastrar(empresa, "Cliente Próprio"), "320.00");
        String alheio = registrar(outra, cadastrar(outra, "Cliente da Outra"), "45.00");
        await().atMost(ESPERA).until(() -> get("/api/boletos/" + proprio, empresa.token(Papel.OPERADOR)).status() == 200
                && get("/api/boletos/" + alheio, outra.token(Papel.OPERADOR)).status() == 200);

        try (Operador auditor = Operador.entrar(url(""), empresa.usuario(Papel.AUDITOR).email(),
                Autenticacao.SENHA)) {
            Page pagina = auditor.pagina();
            assertThat(pagina.locator("nav[aria-label='Menu principal'] a").allTextContents())
                    .contains("Boletos", "Pagamentos", "Relatórios");
            auditor.abrir("/boletos/" + proprio);
            assertThat(texto(pagina, "#valor-boleto")).isEqualTo("R$ 320,00");
            assertThat(pagina.locator("form[action$='/disparos'], form[action$='/pagamentos']").count()).isZero();
            assertThat(pagina.getByText("O PDF deste boleto ainda não está disponível.").count()).isOne();
            String csrf = csrf(pagina);
            for (String acao : new String[] {"/boletos/" + proprio + "/disparos", "/boletos/" + proprio + "/pagamentos",
                    "/pagamentos/divergentes/1/aceite"}) {
                APIResponse forcado = pagina.request().post(url(acao), RequestOptions.create()
                        .setForm(FormData.create().set("_csrf", csrf).set("valor", "320,00").set("metodo", "PIX"))
                        .setMaxRedirects(0));
                assertThat(forcado.status()).as(acao).isEqualTo(403);
            }
            assertThat(get("/api/boletos/" + proprio, empresa.token(Papel.AUDITOR)).json().path("disparos").size())
                    .isZero();

            Response naoEncontrado = auditor.abrir("/boletos/" + alheio);
            assertThat(naoEncontrado.status()).isEqualTo(404);
            assertThat(texto(pagina, "h1")).isEqualTo("Página não encontrada");
            assertThat(pagina.content()).doesNotContain("Cliente da Outra");
            assertThat(auditor.abrir("/boletos/" + alheio + "/pdf").status()).isEqualTo(404);
            assertThat(auditor.abrir("/boletos/nao-e-um-id").status()).isEqualTo(404);

            auditor.abrir("/pagamentos");
            assertThat(pagina.getByText("Nenhum valor divergente aguardando decisão.").count()).isOne();
            assertThat(pagina.getByText("Nenhum pagamento registrado.").count()).isOne();

            auditor.abrir("/relatorios");
            auditor.verificar("relatorios");
            Download mensal = pagina.waitForDownload(() -> pagina.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Baixar PDF")).click());
            assertThat(mensal.failure()).isNull();
            assertThat(mensal.suggestedFilename()).isEqualTo("relatorio-"
                    + YearMonth.now(ZoneId.of("America/Sao_Paulo")) + ".pdf");
            // Chromium asks before a second download from the same page; the session's own request stands in.
            APIResponse planilha = pagina.request().get(url("/relatorios/boletos.xlsx?situacao=PENDENTE"));
            assertThat(planilha.status()).isEqualTo(200);
            assertThat(planilha.headers().get("content-disposition")).contains("boletos.xlsx");
            assertThat(planilha.body()).startsWith(new byte[] {'P', 'K'});
        }
    }

    /** The tenant's own boleto layout, so boletos of origin GERADO get their PDF. */
    private void configurarBoletoGerado(Empresa empresa) {
        Resposta configuracao = put("/api/integracoes/boleto", empresa.token(Papel.ADMIN), Map.of("configuracao",
                Map.of("beneficiario", "Consórcio Horizonte Ltda", "documento", "11222333000181",
                        "agenciaCodigo", "1234/5678-9", "instrucoes", "Não receber após 30 dias")));
        assertThat(configuracao.status()).as(configuracao.toString()).isEqualTo(200);
    }

    private String cadastrar(TenantDeTeste empresa, String nome) {
        Map<String, Object> cliente = DadosDaApi.cliente(DadosDaApi.cpf());
        cliente.put("nome", nome);
        Resposta resposta = post("/api/clientes", empresa.token(Papel.OPERADOR), cliente);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    private String registrar(TenantDeTeste empresa, String clienteId, String valor) {
        Resposta resposta = post("/api/boletos", empresa.token(Papel.OPERADOR),
                DadosDaApi.boletoPorLinha(clienteId, valor));
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
        return resposta.json().path("id").asText();
    }

    /** Evolution's messages.update: WhatsApp says the message reached the phone. */
    private static String recibo(String keyId, String telefone) {
        return "{\"keyId\":\"" + keyId + "\",\"remoteJid\":\"" + telefone + "@s.whatsapp.net\",\"fromMe\":true,"
                + "\"participant\":null,\"status\":\"DELIVERY_ACK\",\"instanceId\":\"uuid\","
                + "\"messageId\":\"cmfyoow42000hov4xwkdug3lv\"}";
    }

    private static String csrf(Page pagina) {
        return pagina.locator("form.sair input[name=_csrf]").inputValue();
    }

    private static String texto(Page pagina, String seletor) {
        return pagina.locator(seletor).textContent().strip();
    }
}
