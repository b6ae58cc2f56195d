package br.com.nexus.app.whatsapp;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.command.documento.ArmazemDePdf;
import br.com.nexus.command.documento.LeitorDeBoletoPdf;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A boleto sent over WhatsApp end to end: API → DisparoSolicitado → paced sender → fake Evolution → events. */
class DisparoWhatsappIT extends CenarioWhatsapp {

    @Autowired
    private LeitorDeBoletoPdf leitor;

    @Test
    void enviaOPdfDoBoletoComoDocumentoAoJidRealDoCliente() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Maria das Dores");
        numeroDozeDigitos(empresa, cliente.telefone());
        String boletoId = novoBoleto(empresa, cliente, "150.50", "GERADO");
        BoletoPdfAnexado pdf = aguardarEvento(boletoId, BoletoPdfAnexado.class);

        String disparoId = solicitarDisparo(empresa, boletoId, null);

        DisparoEnviado enviado = aguardarEvento(disparoId, DisparoEnviado.class);
        LoggedRequest envio = chamadas("POST", "/message/sendMedia/" + empresa.instancia()).get(0);
        JsonNode corpo = corpo(envio);
        String jidDoze = cliente.telefone().substring(0, 4) + cliente.telefone().substring(5) + "@s.whatsapp.net";
        assertThat(envio.getHeader("apikey")).isEqualTo(empresa.apiKey());
        assertThat(corpo.path("number").asText()).isEqualTo(jidDoze);
        assertThat(corpo.path("mediatype").asText()).isEqualTo("document");
        assertThat(corpo.path("fileName").asText()).endsWith(".pdf");
        assertThat(Base64.getDecoder().decode(corpo.path("media").asText())).startsWith("%PDF-".getBytes());
        assertThat(Base64.getDecoder().decode(corpo.path("media").asText())).hasSize((int) pdf.tamanho());
        assertThat(corpo.path("caption").asText()).contains("Maria das Dores").contains("R$ 150,50")
                .contains("10/12/2026");
        assertThat(enviado.tentativa()).isEqualTo(1);
        assertThat(enviado.providerMessageId()).startsWith("3EB0").hasSize(20);
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).isEmpty();
    }

    @Test
    void pedidoLogoAposRegistrarBoletoGeradoEsperaOPdfEEnviaODocumento() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Rita Moraes");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String boletoId = novoBoleto(empresa, cliente, "75.00", "GERADO");

        String disparoId = solicitarDisparo(empresa, boletoId, null);

        aguardarEvento(disparoId, DisparoEnviado.class);
        BoletoPdfAnexado pdf = aguardarEvento(boletoId, BoletoPdfAnexado.class);
        JsonNode corpo = corpo(chamadas("POST", "/message/sendMedia/" + empresa.instancia()).get(0));
        assertThat(Base64.getDecoder().decode(corpo.path("media").asText())).hasSize((int) pdf.tamanho());
        assertThat(corpo.path("caption").asText()).contains("Rita Moraes").contains("R$ 75,00");
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).isEmpty();
    }

    @Test
    void beneficiarioAlteradoDepoisDoPdfVaiNoDocumentoEnviado() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Sônia Prado");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String boletoId = novoBoleto(empresa, cliente, "88.00", "GERADO");
        BoletoPdfAnexado anterior = aguardarEvento(boletoId, BoletoPdfAnexado.class);
        Resposta beneficiario = put("/api/integracoes/boleto", empresa.token(Papel.ADMIN),
                Map.of("configuracao", Map.of("beneficiario", "Consórcio Horizonte Ltda", "documento", "11222333000181")));
        assertThat(beneficiario.status()).as(beneficiario.toString()).isEqualTo(200);

        String disparoId = solicitarDisparo(empresa, boletoId, null);

        aguardarEvento(disparoId, DisparoEnviado.class);
        byte[] enviado = Base64.getDecoder().decode(corpo(chamadas("POST", "/message/sendMedia/" + empresa.instancia())
                .get(0)).path("media").asText());
        assertThat(leitor.texto(enviado)).contains("Consórcio Horizonte Ltda - CNPJ 11.222.333/0001-81");
        assertThat(eventosDoTipo(boletoId, BoletoPdfAnexado.class)).extracting(BoletoPdfAnexado::sha256)
                .containsExactly(anterior.sha256(), ArmazemDePdf.sha256(enviado));
    }

    @Test
    void semAnexoEnviaTextoComALinhaDigitavel() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "João Silva");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String boletoId = novoBoleto(empresa, cliente, "99.90", "CANOPUS");

        String disparoId = solicitarDisparo(empresa, boletoId, Map.of("semAnexo", true));

        aguardarEvento(disparoId, DisparoEnviado.class);
        DisparoSolicitado solicitado = aguardarEvento(disparoId, DisparoSolicitado.class);
        JsonNode corpo = corpo(chamadas("POST", "/message/sendText/" + empresa.instancia()).get(0));
        assertThat(corpo.path("number").asText()).isEqualTo(cliente.telefone() + "@s.whatsapp.net");
        assertThat(corpo.path("text").asText()).isEqualTo(solicitado.mensagem()).contains("R$ 99,90");
        assertThat(solicitado.destino()).isEqualTo(cliente.telefone());
        assertThat(solicitado.anexo()).isNull();
    }

    @Test
    void resolveOJidUmaVezPorCliente() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Ana Souza");
        numeroDozeDigitos(empresa, cliente.telefone());

        String primeiro = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);
        aguardarEvento(primeiro, DisparoEnviado.class);
        String segundo = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "20.00", "CANOPUS"), null);
        aguardarEvento(segundo, DisparoEnviado.class);

        assertThat(chamadas("POST", "/chat/whatsappNumbers/" + empresa.instancia())).hasSize(1);
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).hasSize(2)
                .allSatisfy(r -> assertThat(corpo(r).path("number").asText()).startsWith(
                        cliente.telefone().substring(0, 4) + cliente.telefone().substring(5) + "@"));
    }

    @Test
    void mensagensSeguidasUsamVariantesDiferentesDoModelo() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Resposta modelo = post("/api/whatsapp/modelos", empresa.token(Papel.ADMIN), Map.of(
                "nome", "Cobrança", "padrao", true,
                "variantes", List.of("Oi {nome}, boleto de {valor}.", "Olá {nome}! Vence em {vencimento}: {valor}.")));
        assertThat(modelo.status()).as(modelo.toString()).isEqualTo(201);
        Cliente cliente = novoCliente(empresa, "Rita");
        numeroTrezeDigitos(empresa, cliente.telefone());

        List<String> mensagens = IntStream.range(0, 3)
                .mapToObj(i -> solicitarDisparo(empresa, novoBoleto(empresa, cliente, "50.00", "CANOPUS"), null))
                .map(id -> aguardarEvento(id, DisparoSolicitado.class).mensagem())
                .toList();

        assertThat(mensagens).containsExactly("Oi Rita, boleto de R$ 50,00.",
                "Olá Rita! Vence em 10/12/2026: R$ 50,00.", "Oi Rita, boleto de R$ 50,00.");
    }

    @Test
    void numeroSemWhatsappFalhaDeVezSemTentarEnviar() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Pedro");
        evolution.stubFor(WireMock.post("/chat/whatsappNumbers/" + empresa.instancia()).willReturn(json(200,
                "[{\"jid\":\"x@s.whatsapp.net\",\"exists\":false,\"number\":\"1\"},"
                        + "{\"jid\":\"y@s.whatsapp.net\",\"exists\":false,\"number\":\"2\"}]")));

        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);

        DisparoFalhou falhou = aguardarEvento(disparoId, DisparoFalhou.class);
        assertThat(falhou.erro()).startsWith("numero_sem_whatsapp");
        assertThat(falhou.retentavel()).isFalse();
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).isEmpty();
    }

    @Test
    void gatewayQueRecusaONumeroNoEnvioEhFalhaPermanente() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = novoCliente(empresa, "Paula");
        numeroTrezeDigitos(empresa, cliente.telefone());
        evolution.stubFor(WireMock.post("/message/sendText/" + empresa.instancia()).willReturn(json(400,
                "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":[{\"jid\":\""
                        + cliente.telefone() + "@s.whatsapp.net\",\"exists\":false,\"number\":\""
                        + cliente.telefone() + "\"}]}}")));

        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);

        DisparoFalhou falhou = aguardarEvento(disparoId, DisparoFalhou.class);
        assertThat(falhou.erro()).startsWith("numero_sem_whatsapp").doesNotContain(cliente.telefone());
        assertThat(falhou.retentavel()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM whatsapp_jid WHERE cliente_id = ?::uuid", Integer.class,
                cliente.id())).as("the refused JID is forgotten").isZero();
    }

    @Test
    void instanciaDesconectadaPausaOsEnviosEEnviaAMesmaTentativaQuandoReconecta() {
        Empresa empresa = novaEmpresa();
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Carla");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String estado = "/instance/connectionState/" + empresa.instancia();
        evolution.stubFor(WireMock.get(estado).inScenario(empresa.instancia()).whenScenarioStateIs(STARTED)
                .willReturn(json(200, "{\"instance\":{\"instanceName\":\"" + empresa.instancia()
                        + "\",\"state\":\"close\"}}")).willSetStateTo("reconectada"));
        evolution.stubFor(WireMock.get(estado).inScenario(empresa.instancia()).whenScenarioStateIs("reconectada")
                .willReturn(json(200, "{\"instance\":{\"instanceName\":\"" + empresa.instancia()
                        + "\",\"state\":\"open\"}}")));

        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);

        DisparoEnviado enviado = aguardarEvento(disparoId, DisparoEnviado.class);
        assertThat(eventosDoTipo(disparoId, DisparoFalhou.class))
                .as("the attempt that met the closed instance went back to the queue instead of failing").isEmpty();
        assertThat(enviado.tentativa()).isEqualTo(1);
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).hasSize(1);
    }

    @Test
    void gatewayQueContinuaFalhandoEsgotaAsTentativasEAbandonaODisparo() {
        Empresa empresa = novaEmpresa(Map.of("tentativasMaximas", "2"));
        Cliente cliente = novoCliente(empresa, "Beatriz");
        numeroTrezeDigitos(empresa, cliente.telefone());
        evolution.stubFor(WireMock.post("/message/sendText/" + empresa.instancia()).willReturn(json(500,
                "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":\"Connection Closed\"}}")));

        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);

        DisparoAbandonado abandonado = aguardarEvento(disparoId, DisparoAbandonado.class);
        List<DisparoFalhou> falhas = eventosDoTipo(disparoId, DisparoFalhou.class);
        assertThat(falhas).hasSize(2).allSatisfy(f -> {
            assertThat(f.retentavel()).isTrue();
            assertThat(f.erro()).matches("(gateway_indisponivel|circuito_aberto): .*");
        });
        assertThat(falhas).extracting(DisparoFalhou::tentativa).containsExactly(1, 2);
        assertThat(abandonado.motivo()).contains("esgotadas");
        assertThat(eventosDoTipo(disparoId, DisparoEnviado.class)).isEmpty();
    }

    @Test
    void clienteQueDesisteAntesDoEnvioNaoRecebe() {
        Empresa empresa = novaEmpresa(Map.of("intervaloMinimoSegundos", "6", "intervaloMaximoSegundos", "6"));
        aceitaEnvios(empresa);
        Cliente outro = novoCliente(empresa, "Primeiro da fila");
        numeroTrezeDigitos(empresa, outro.telefone());
        Cliente cliente = novoCliente(empresa, "Desistente");
        String primeiro = solicitarDisparo(empresa, novoBoleto(empresa, outro, "10.00", "CANOPUS"), null);
        aguardarEvento(primeiro, DisparoEnviado.class);

        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);
        Resposta optOut = post("/api/clientes/" + cliente.id() + "/opt-out", empresa.token(Papel.OPERADOR),
                Map.of("motivo", "pediu para parar"));
        assertThat(optOut.status()).as(optOut.toString()).isEqualTo(202);

        DisparoFalhou falhou = aguardarEvento(disparoId, DisparoFalhou.class);
        assertThat(falhou.erro()).startsWith("opt_out");
        assertThat(falhou.retentavel()).isFalse();
        assertThat(chamadas("POST", "/message/sendText/" + empresa.instancia())).hasSize(1);
    }

    @Test
    void ritmoDaEmpresaEspacaOsEnvios() {
        Empresa empresa = novaEmpresa(Map.of("intervaloMinimoSegundos", "3", "intervaloMaximoSegundos", "3"));
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Lote");
        numeroTrezeDigitos(empresa, cliente.telefone());

        List<String> disparos = IntStream.range(0, 3)
                .mapToObj(i -> solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null))
                .toList();
        disparos.forEach(id -> aguardarEvento(id, DisparoEnviado.class));

        List<Date> horarios = chamadas("POST", "/message/sendText/" + empresa.instancia()).stream()
                .map(LoggedRequest::getLoggedDate).sorted().toList();
        assertThat(horarios).hasSize(3);
        for (int i = 1; i < horarios.size(); i++) {
            assertThat(horarios.get(i).getTime() - horarios.get(i - 1).getTime()).isGreaterThanOrEqualTo(2900);
        }
    }

    @Test
    void recusaPedidoQueNaoPodeSerAtendido() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = novoCliente(empresa, "Recusas");
        String cancelado = novoBoleto(empresa, cliente, "10.00", "CANOPUS");
        assertThat(post("/api/boletos/" + cancelado + "/cancelamento", empresa.token(Papel.OPERADOR),
                Map.of("motivo", "renegociado")).status()).isEqualTo(202);
        String boleto = novoBoleto(empresa, cliente, "10.00", "CANOPUS");
        Empresa outra = novaEmpresa();

        Resposta boletoCancelado = post("/api/boletos/" + cancelado + "/disparos", empresa.token(Papel.OPERADOR), null);
        Resposta deOutraEmpresa = post("/api/boletos/" + boleto + "/disparos", outra.token(Papel.OPERADOR), null);
        Resposta auditor = post("/api/boletos/" + boleto + "/disparos", empresa.token(Papel.AUDITOR), null);
        Resposta idInvalido = post("/api/boletos/123/disparos", empresa.token(Papel.OPERADOR), null);
        Resposta modeloDesconhecido = post("/api/boletos/" + boleto + "/disparos", empresa.token(Papel.OPERADOR),
                Map.of("modeloId", UUID.randomUUID().toString()));
        post("/api/clientes/" + cliente.id() + "/opt-out", empresa.token(Papel.OPERADOR), Map.of("motivo", "não"));
        Resposta optOut = post("/api/boletos/" + boleto + "/disparos", empresa.token(Papel.OPERADOR), null);

        assertThat(boletoCancelado.status()).isEqualTo(409);
        assertThat(boletoCancelado.json().path("code").asText()).isEqualTo("BOLETO_NAO_DISPARAVEL");
        assertThat(boletoCancelado.contentType()).startsWith("application/problem+json");
        assertThat(deOutraEmpresa.status()).isEqualTo(404);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(idInvalido.status()).isEqualTo(400);
        assertThat(modeloDesconhecido.status()).isEqualTo(404);
        assertThat(modeloDesconhecido.json().path("code").asText()).isEqualTo("MODELO_NAO_ENCONTRADO");
        assertThat(optOut.status()).isEqualTo(422);
        assertThat(optOut.json().path("code").asText()).isEqualTo("WHATSAPP_OPT_OUT");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM whatsapp_disparo WHERE boleto_id IN (?::uuid, ?::uuid)",
                        Integer.class, cancelado, boleto)).isZero());
    }
}
