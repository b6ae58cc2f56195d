package br.com.nexus.app.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.kernel.cliente.RespostaWhatsappRecebida;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoLido;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evolution's webhook: who may call it, and what each event does. */
class WebhookEvolutionIT extends CenarioWhatsapp {

    private static final String WEBHOOK = "/api/webhooks/evolution";

    private static String recibo(String keyId, String status) {
        return "{\"keyId\":\"" + keyId + "\",\"remoteJid\":\"5511987654321@s.whatsapp.net\",\"fromMe\":true,"
                + "\"participant\":null,\"status\":\"" + status + "\",\"instanceId\":\"uuid\","
                + "\"messageId\":\"cmfyoow42000hov4xwkdug3lv\"}";
    }

    private static String mensagemRecebida(String id, String remoteJid, String extraChave, String texto) {
        return "{\"key\":{\"remoteJid\":\"" + remoteJid + "\",\"fromMe\":false,\"id\":\"" + id + "\"" + extraChave
                + "},\"pushName\":\"Cliente\",\"status\":\"DELIVERY_ACK\",\"message\":{\"conversation\":\"" + texto
                + "\"},\"contextInfo\":null,\"messageType\":\"conversation\",\"messageTimestamp\":1717000123,"
                + "\"instanceId\":\"uuid\",\"source\":\"android\"}";
    }

    /** A dispatch really sent through the fake; returns the dispatch id and WhatsApp's message id. */
    private String[] disparoEnviado(Empresa empresa) {
        aceitaEnvios(empresa);
        Cliente cliente = novoCliente(empresa, "Recibos");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);
        return new String[] {disparoId, aguardarEvento(disparoId, DisparoEnviado.class).providerMessageId()};
    }

    private int linhasDoTenant(Empresa empresa) {
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM whatsapp_status_recebido WHERE tenant_id = ?::uuid)
                     + (SELECT COUNT(*) FROM whatsapp_mensagem_recebida WHERE tenant_id = ?::uuid)
                     + (SELECT COUNT(*) FROM whatsapp_instancia WHERE tenant_id = ?::uuid)""", Integer.class,
                empresa.tenant().tenantId().toString(), empresa.tenant().tenantId().toString(),
                empresa.tenant().tenantId().toString());
    }

    @Test
    void estranhoRecebe401ENadaEhGuardado() {
        Empresa empresa = novaEmpresa();
        Empresa outra = novaEmpresa();
        long agora = Instant.now().getEpochSecond();
        String conexao = "{\"instance\":\"" + empresa.instancia() + "\",\"state\":\"close\",\"statusReason\":401}";
        String semCredencial = envelope("connection.update", empresa.instancia(), null, conexao);

        List<Resposta> respostas = List.of(
                webhook(WEBHOOK, Map.of(), semCredencial),
                webhook(WEBHOOK, Map.of(), envelope("connection.update", empresa.instancia(), "chave-errada", conexao)),
                webhook(WEBHOOK, Map.of("x-webhook-token", "token-errado"), semCredencial),
                webhook(WEBHOOK, Map.of("Authorization", "Bearer " + jwt("chave-errada", agora, agora + 600)),
                        semCredencial),
                webhook(WEBHOOK, Map.of("Authorization", "Bearer " + jwt(empresa.jwtKey(), agora - 1300, agora - 700)),
                        semCredencial),
                webhook(WEBHOOK, Map.of("Authorization", "Bearer " + jwt(outra.jwtKey(), agora, agora + 600)),
                        semCredencial),
                webhook(WEBHOOK, Map.of("x-webhook-token", outra.webhookToken()), semCredencial),
                webhook(WEBHOOK, Map.of(), "isto não é json"));

        assertThat(respostas).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("code").asText()).isEqualTo("NAO_AUTENTICADO");
        });
        assertThat(linhasDoTenant(empresa)).isZero();
        assertThat(linhasDoTenant(outra)).isZero();
    }

    @Test
    void aceitaCadaEsquemaQueAEvolutionSabeUsar() {
        Empresa empresa = novaEmpresa();
        long agora = Instant.now().getEpochSecond();
        String conexao = "{\"instance\":\"" + empresa.instancia() + "\",\"state\":\"open\",\"statusReason\":200}";

        Resposta porApikey = webhook(WEBHOOK, Map.of(),
                envelope("connection.update", empresa.instancia(), empresa.apiKey(), conexao));
        Resposta porCabecalho = webhook(WEBHOOK, Map.of("x-webhook-token", empresa.webhookToken()),
                envelope("connection.update", empresa.instancia(), null, conexao));
        Resposta porJwt = webhook(WEBHOOK, Map.of("Authorization", "Bearer " + jwt(empresa.jwtKey(), agora, agora + 600)),
                envelope("connection.update", empresa.instancia(), null, conexao));

        assertThat(List.of(porApikey, porCabecalho, porJwt)).allSatisfy(r ->
                assertThat(r.status()).as(r.toString()).isEqualTo(200));
    }

    @Test
    void recibosMarcamEntregaELeituraUmaVezESoParaFrente() {
        Empresa empresa = novaEmpresa();
        String[] enviado = disparoEnviado(empresa);
        Map<String, String> credencial = Map.of("x-webhook-token", empresa.webhookToken());

        webhook(WEBHOOK, credencial, envelope("messages.update", empresa.instancia(), null,
                recibo(enviado[1], "SERVER_ACK")));
        Resposta entregue = webhook(WEBHOOK, credencial, envelope("messages.update", empresa.instancia(), null,
                recibo(enviado[1], "DELIVERY_ACK")));
        Resposta lido = webhook(WEBHOOK + "/messages-update", credencial, envelope("messages.update",
                empresa.instancia(), null, recibo(enviado[1], "READ")));
        webhook(WEBHOOK, credencial, envelope("messages.update", empresa.instancia(), null, recibo(enviado[1], "READ")));
        webhook(WEBHOOK, credencial, envelope("messages.update", empresa.instancia(), null,
                recibo(enviado[1], "DELIVERY_ACK")));
        webhook(WEBHOOK, credencial, envelope("messages.update", empresa.instancia(), null, recibo(enviado[1], "ERROR")));

        assertThat(entregue.status()).isEqualTo(200);
        assertThat(lido.status()).isEqualTo(200);
        assertThat(eventosDoTipo(enviado[0], DisparoEntregue.class)).hasSize(1);
        assertThat(eventosDoTipo(enviado[0], DisparoLido.class)).hasSize(1);
        assertThat(eventosDoTipo(enviado[0], DisparoFalhou.class)).isEmpty();
        assertThat(eventos(enviado[0]).get(eventos(enviado[0]).size() - 1)).isInstanceOf(DisparoLido.class);
    }

    @Test
    void reciboDeMensagemQueNaoEnviamosEhGuardadoENaoAplicado() {
        Empresa empresa = novaEmpresa();

        Resposta resposta = webhook(WEBHOOK, Map.of("x-webhook-token", empresa.webhookToken()),
                envelope("messages.update", empresa.instancia(), null, recibo("DESCONHECIDA123", "DELIVERY_ACK")));

        assertThat(resposta.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                SELECT aplicado FROM whatsapp_status_recebido WHERE tenant_id = ?::uuid AND message_id = ?""",
                Boolean.class, empresa.tenant().tenantId().toString(), "DESCONHECIDA123")).isFalse();
    }

    @Test
    void reciboQueChegaAntesDoRegistroDoEnvioEhAplicadoDepois() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = novoCliente(empresa, "Apressado");
        numeroTrezeDigitos(empresa, cliente.telefone());
        String keyId = "3EB0ADIANTADO" + System.nanoTime();
        evolution.stubFor(WireMock.post("/message/sendText/" + empresa.instancia()).willReturn(json(201,
                "{\"key\":{\"remoteJid\":\"" + cliente.telefone() + "@s.whatsapp.net\",\"fromMe\":true,\"id\":\""
                        + keyId + "\"},\"status\":\"PENDING\",\"messageTimestamp\":1717000000}")));
        webhook(WEBHOOK, Map.of("x-webhook-token", empresa.webhookToken()),
                envelope("messages.update", empresa.instancia(), null, recibo(keyId, "DELIVERY_ACK")));

        String disparoId = solicitarDisparo(empresa, novoBoleto(empresa, cliente, "10.00", "CANOPUS"), null);

        aguardarEvento(disparoId, DisparoEntregue.class);
    }

    @Test
    void erroInformadoPeloWhatsappFalhaOEnvioETentaDeNovo() {
        Empresa empresa = novaEmpresa();
        String[] enviado = disparoEnviado(empresa);

        webhook(WEBHOOK, Map.of("x-webhook-token", empresa.webhookToken()),
                envelope("messages.update", empresa.instancia(), null, recibo(enviado[1], "ERROR")));

        DisparoFalhou falhou = aguardarEvento(enviado[0], DisparoFalhou.class);
        assertThat(falhou.retentavel()).isTrue();
        assertThat(falhou.tentativa()).isEqualTo(1);
        await().atMost(ESPERA).until(() -> eventosDoTipo(enviado[0], DisparoEnviado.class).size() == 2);
        assertThat(eventosDoTipo(enviado[0], DisparoEnviado.class).get(1).tentativa()).isEqualTo(2);
    }

    @Test
    void respostaDoClienteVaiParaALinhaDoTempoDeleUmaVez() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = novoCliente(empresa, "Respondona");
        aguardarContato(empresa, cliente);
        String doze = cliente.telefone().substring(0, 4) + cliente.telefone().substring(5);
        Map<String, String> credencial = Map.of("x-webhook-token", empresa.webhookToken());
        String corpo = envelope("messages.upsert", empresa.instancia(), null,
                mensagemRecebida("3A5F0001", doze + "@s.whatsapp.net", "", "Já paguei"));

        assertThat(webhook(WEBHOOK, credencial, corpo).status()).isEqualTo(200);
        assertThat(webhook(WEBHOOK + "/messages-upsert", credencial, corpo).status()).isEqualTo(200);

        List<RespostaWhatsappRecebida> respostas = eventosDoTipo(cliente.id(), RespostaWhatsappRecebida.class);
        assertThat(respostas).singleElement().satisfies(r -> {
            assertThat(r.texto()).isEqualTo("Já paguei");
            assertThat(r.messageId()).isEqualTo("3A5F0001");
            assertThat(r.recebidaEm()).isEqualTo(Instant.ofEpochSecond(1717000123));
        });
    }

    @Test
    void respostaDeRemetenteLidUsaOTelefoneAlternativoOuFicaSemCliente() {
        Empresa empresa = novaEmpresa();
        Cliente cliente = novoCliente(empresa, "Com LID");
        aguardarContato(empresa, cliente);
        Map<String, String> credencial = Map.of("x-webhook-token", empresa.webhookToken());

        webhook(WEBHOOK, credencial, envelope("messages.upsert", empresa.instancia(), null,
                mensagemRecebida("LID0001", "123456789012345@lid",
                        ",\"remoteJidAlt\":\"" + cliente.telefone() + "@s.whatsapp.net\",\"addressingMode\":\"lid\"",
                        "Recebi")));
        webhook(WEBHOOK, credencial, envelope("messages.upsert", empresa.instancia(), null,
                mensagemRecebida("LID0002", "999999999999999@lid", "", "Quem é?")));

        assertThat(eventosDoTipo(cliente.id(), RespostaWhatsappRecebida.class))
                .extracting(RespostaWhatsappRecebida::messageId).containsExactly("LID0001");
        assertThat(jdbc.queryForObject("""
                SELECT cliente_id IS NULL FROM whatsapp_mensagem_recebida WHERE tenant_id = ?::uuid AND message_id = ?""",
                Boolean.class, empresa.tenant().tenantId().toString(), "LID0002")).isTrue();
    }

    @Test
    void conexaoEQrCodeAtualizamOEstadoDaInstancia() {
        Empresa empresa = novaEmpresa();
        Map<String, String> credencial = Map.of("x-webhook-token", empresa.webhookToken());

        webhook(WEBHOOK + "/qrcode-updated", credencial, envelope("qrcode.updated", empresa.instancia(), null,
                "{\"qrcode\":{\"instance\":\"" + empresa.instancia() + "\",\"pairingCode\":null,\"code\":\"2@abc\","
                        + "\"base64\":\"data:image/png;base64,iVBORw0KGgo=\"}}"));
        webhook(WEBHOOK + "/connection-update", credencial, envelope("connection.update", empresa.instancia(), null,
                "{\"instance\":\"" + empresa.instancia() + "\",\"state\":\"close\",\"statusReason\":440}"));

        Map<String, Object> instancia = jdbc.queryForMap(
                "SELECT estado, motivo, qrcode FROM whatsapp_instancia WHERE tenant_id = ?::uuid",
                empresa.tenant().tenantId().toString());
        assertThat(instancia).containsEntry("estado", "close").containsEntry("motivo", 440)
                .containsEntry("qrcode", "data:image/png;base64,iVBORw0KGgo=");
    }

    @Test
    void sendMessageConfirmaNossoEnvio() {
        Empresa empresa = novaEmpresa();
        String[] enviado = disparoEnviado(empresa);

        webhook(WEBHOOK, Map.of("x-webhook-token", empresa.webhookToken()), envelope("send.message",
                empresa.instancia(), null, "{\"key\":{\"remoteJid\":\"x@s.whatsapp.net\",\"fromMe\":true,\"id\":\""
                        + enviado[1] + "\"},\"status\":\"PENDING\",\"messageTimestamp\":1717000000}"));

        assertThat(jdbc.queryForObject("""
                SELECT confirmada_em IS NOT NULL FROM whatsapp_mensagem WHERE tenant_id = ?::uuid AND message_id = ?""",
                Boolean.class, empresa.tenant().tenantId().toString(), enviado[1])).isTrue();
    }

    private void aguardarContato(Empresa empresa, Cliente cliente) {
        await().atMost(ESPERA).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM whatsapp_contato WHERE tenant_id = ?::uuid AND cliente_id = ?::uuid",
                Integer.class, empresa.tenant().tenantId().toString(), cliente.id()) == 1);
    }
}
