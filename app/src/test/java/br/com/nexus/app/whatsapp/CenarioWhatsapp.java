package br.com.nexus.app.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tenant with WhatsApp configured against a fake Evolution API (WireMock on a random port,
 * answering as Evolution 2.3 does), plus the clientes and boletos a dispatch needs, all through the
 * real API. Each tenant gets its own instance name, so the fake's answers never cross tenants.
 */
public abstract class CenarioWhatsapp extends IntegrationTest {

    static final LocalDate VENCIMENTO = LocalDate.of(2026, 12, 10);
    protected static final Duration ESPERA = Duration.ofSeconds(30);

    protected static WireMockServer evolution;

    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeAll
    static void iniciarEvolution() {
        evolution = new WireMockServer(options().dynamicPort().globalTemplating(true));
        evolution.start();
    }

    @AfterAll
    static void pararEvolution() {
        evolution.stop();
    }

    /** A tenant with its evolution integration: secrets as the test knows them. */
    protected record Empresa(TenantDeTeste tenant, String instancia, String apiKey, String webhookToken, String jwtKey) {

        public String token(Papel papel) {
            return tenant.token(papel);
        }
    }

    /** A tenant whose pacing lets everything out at once, all day, retrying after one second. */
    protected Empresa novaEmpresa() {
        return novaEmpresa(Map.of());
    }

    Empresa novaEmpresa(Map<String, String> ajustes) {
        TenantDeTeste tenant = Autenticacao.novoTenant(url(""));
        String sufixo = UUID.randomUUID().toString().substring(0, 8);
        Empresa empresa = new Empresa(tenant, "inst-" + sufixo, "api-" + UUID.randomUUID(),
                "hook-" + UUID.randomUUID(), "jwt-" + UUID.randomUUID());
        Map<String, String> configuracao = new HashMap<>(Map.of(
                "servidorUrl", evolution.baseUrl(),
                "instancia", empresa.instancia(),
                "intervaloMinimoSegundos", "0",
                "intervaloMaximoSegundos", "0",
                "digitacaoMaximaSegundos", "0",
                "janelaInicio", "00:00",
                "janelaFim", "00:00",
                "retentativaSegundos", "1",
                "tentativasMaximas", "3"));
        configuracao.putAll(ajustes);
        Resposta salva = put("/api/integracoes/evolution", empresa.token(Papel.ADMIN), Map.of(
                "configuracao", configuracao,
                "segredos", Map.of("apiKey", empresa.apiKey(), "webhookToken", empresa.webhookToken(),
                        "jwtKey", empresa.jwtKey())));
        assertThat(salva.status()).as(salva.toString()).isEqualTo(200);
        instanciaAberta(empresa);
        return empresa;
    }

    void instanciaAberta(Empresa empresa) {
        evolution.stubFor(WireMock.get("/instance/connectionState/" + empresa.instancia()).willReturn(json(200,
                "{\"instance\":{\"instanceName\":\"" + empresa.instancia() + "\",\"state\":\"open\"}}")));
    }

    /** The fake answers sends with a fresh key.id each time, as WhatsApp does. */
    protected void aceitaEnvios(Empresa empresa) {
        for (String rota : List.of("sendText", "sendMedia")) {
            evolution.stubFor(WireMock.post("/message/" + rota + "/" + empresa.instancia()).willReturn(json(201, """
                    {"key":{"remoteJid":"{{jsonPath request.body '$.number'}}","fromMe":true,
                     "id":"3EB0{{randomValue length=16 type='ALPHANUMERIC' uppercase=true}}"},
                     "pushName":"Você","status":"PENDING","message":{"conversation":"ok"},"contextInfo":null,
                     "messageType":"conversation","messageTimestamp":1717000000,"instanceId":"uuid","source":"unknown"}""")));
        }
    }

    /** {@code /chat/whatsappNumbers}: the number exists only in its 12-digit form (an older account). */
    void numeroDozeDigitos(Empresa empresa, String telefone13) {
        String doze = telefone13.substring(0, 4) + telefone13.substring(5);
        evolution.stubFor(WireMock.post("/chat/whatsappNumbers/" + empresa.instancia()).willReturn(json(200,
                "[{\"jid\":\"" + telefone13 + "@s.whatsapp.net\",\"exists\":false,\"number\":\"" + telefone13 + "\"},"
                        + "{\"jid\":\"" + doze + "@s.whatsapp.net\",\"exists\":true,\"number\":\"" + doze + "\"}]")));
    }

    protected void numeroTrezeDigitos(Empresa empresa, String telefone13) {
        String doze = telefone13.substring(0, 4) + telefone13.substring(5);
        evolution.stubFor(WireMock.post("/chat/whatsappNumbers/" + empresa.instancia()).willReturn(json(200,
                "[{\"jid\":\"" + telefone13 + "@s.whatsapp.net\",\"exists\":true,\"number\":\"" + telefone13 + "\"},"
                        + "{\"jid\":\"" + doze + "@s.whatsapp.net\",\"exists\":false,\"number\":\"" + doze + "\"}]")));
    }

    static ResponseDefinitionBuilder json(int status, String corpo) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(corpo);
    }

    protected List<LoggedRequest> chamadas(String metodo, String caminho) {
        return evolution.getAllServeEvents().stream()
                .map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals(metodo) && r.getUrl().equals(caminho))
                .map(r -> (LoggedRequest) r)
                .toList();
    }

    /** A new cliente with a random DDD 11 mobile; returns its id and the 13-digit number. */
    protected record Cliente(String id, String telefone) {
    }

    protected Cliente novoCliente(Empresa empresa, String nome) {
        String numero = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        String telefone = "55119" + numero;
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("cpf", cpf());
        corpo.put("nome", nome);
        corpo.put("whatsapp", "(11) 9" + numero.substring(0, 4) + "-" + numero.substring(4));
        Resposta criado = post("/api/clientes", empresa.token(Papel.OPERADOR), corpo);
        assertThat(criado.status()).as(criado.toString()).isEqualTo(201);
        return new Cliente(criado.json().path("id").asText(), telefone);
    }

    protected String novoBoleto(Empresa empresa, Cliente cliente, String valor, String origem) {
        StringBuilder campoLivre = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            campoLivre.append(ThreadLocalRandom.current().nextInt(10));
        }
        CodigoBarras codigo = CodigoBarras.gerar("001", VENCIMENTO, Dinheiro.parse(valor), campoLivre.toString());
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("clienteId", cliente.id());
        corpo.put("linhaDigitavel", codigo.linhaDigitavel().formatada());
        corpo.put("valor", valor);
        corpo.put("vencimento", VENCIMENTO.toString());
        corpo.put("descricao", "Parcela 3 do grupo 1234");
        corpo.put("origem", origem);
        Resposta criado = post("/api/boletos", empresa.token(Papel.OPERADOR), corpo);
        assertThat(criado.status()).as(criado.toString()).isEqualTo(201);
        return criado.json().path("id").asText();
    }

    String solicitarDisparo(Empresa empresa, String boletoId, Map<String, Object> corpo) {
        Resposta resposta = post("/api/boletos/" + boletoId + "/disparos", empresa.token(Papel.OPERADOR), corpo);
        assertThat(resposta.status()).as(resposta.toString()).isEqualTo(202);
        return resposta.json().path("disparoId").asText();
    }

    List<Object> eventos(String aggregateId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        List<Object> eventos = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> evento = stream.next();
            eventos.add(evento.getPayload());
        }
        return eventos;
    }

    <T> T aguardarEvento(String aggregateId, Class<T> tipo) {
        return await().atMost(ESPERA).until(() -> eventos(aggregateId).stream().filter(tipo::isInstance)
                .map(tipo::cast).findFirst().orElse(null), e -> e != null);
    }

    <T> List<T> eventosDoTipo(String aggregateId, Class<T> tipo) {
        return eventos(aggregateId).stream().filter(tipo::isInstance).map(tipo::cast).toList();
    }

    protected Resposta webhook(String caminho, Map<String, String> cabecalhos, String corpo) {
        var pedido = request(caminho, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corpo));
        cabecalhos.forEach(pedido::header);
        return send(pedido);
    }

    /** An envelope as Evolution posts it; {@code apikey} is null unless Evolution exposes the token. */
    protected static String envelope(String evento, String instancia, String apikey, String dados) {
        return "{\"event\":\"" + evento + "\",\"instance\":\"" + instancia + "\",\"data\":" + dados
                + ",\"destination\":\"https://nexus.example/api/webhooks/evolution\","
                + "\"date_time\":\"2025-09-24T21:37:57.432Z\",\"sender\":\"5511999990000@s.whatsapp.net\","
                + "\"server_url\":\"https://evo.example.com\",\"apikey\":"
                + (apikey == null ? "null" : "\"" + apikey + "\"") + "}";
    }

    /** The JWT Evolution signs when its webhook has a {@code jwt_key} header: HS256, exp = iat + 600. */
    static String jwt(String chave, long iat, long exp) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String cabecalho = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(("{\"iat\":" + iat + ",\"exp\":" + exp
                    + ",\"app\":\"evolution\",\"action\":\"webhook\"}").getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(chave.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String assinatura = b64.encodeToString(mac.doFinal((cabecalho + "." + payload)
                    .getBytes(StandardCharsets.US_ASCII)));
            return cabecalho + "." + payload + "." + assinatura;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode corpo(LoggedRequest pedido) {
        try {
            return JSON.readTree(pedido.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cpf() {
        ThreadLocalRandom aleatorio = ThreadLocalRandom.current();
        int[] d = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                d[i] = aleatorio.nextInt(10);
            }
        } while (d[0] == d[1] && d[1] == d[2] && d[2] == d[3]);
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
