package br.com.nexus.app.bench;

import br.com.nexus.app.pagamento.Provedores;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evolution API 2.3 in process, answering at once in its wire format (PROTOCOLS.md): the instance
 * is open, every number has WhatsApp as asked, and every send gets a fresh {@code key.id}. It also
 * stands in for Asaas's {@code GET /v3/payments/{id}}, with which a webhook is confirmed: a charge
 * declared paid ({@link #pagar}) is answered RECEIVED with its value and the payment date the
 * webhook carries; one never declared is unknown (404). Anything else is 404.
 */
final class EvolutionSemLatencia implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COBRANCAS = "/v3/payments/";

    private final HttpServer servidor;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final String instancia;
    private final AtomicLong envios = new AtomicLong();
    private final Map<String, String> pagas = new ConcurrentHashMap<>();

    EvolutionSemLatencia(String instancia) throws IOException {
        this.instancia = instancia;
        servidor = HttpServer.create(new InetSocketAddress(0), 200);
        servidor.createContext("/", this::atender);
        servidor.setExecutor(threads);
        servidor.start();
    }

    String baseUrl() {
        // Named as the test profile trusts local stand-ins: localhost (see nexus.seguranca.saida).
        return "http://localhost:" + servidor.getAddress().getPort();
    }

    long envios() {
        return envios.get();
    }

    /** From now on Asaas shows {@code cobranca} as received, for {@code valor} reais. */
    void pagar(String cobranca, String valor) {
        pagas.put(cobranca, valor);
    }

    private void atender(HttpExchange troca) throws IOException {
        try (troca) {
            String caminho = troca.getRequestURI().getPath();
            byte[] corpo = troca.getRequestBody().readAllBytes();
            if (caminho.equals("/instance/connectionState/" + instancia)) {
                responder(troca, 200, "{\"instance\":{\"instanceName\":\"" + instancia + "\",\"state\":\"open\"}}");
            } else if (caminho.equals("/chat/whatsappNumbers/" + instancia)) {
                String numero = JSON.readTree(corpo).path("numbers").path(0).asText();
                responder(troca, 200, "[{\"jid\":\"" + numero + "@s.whatsapp.net\",\"exists\":true,\"number\":\""
                        + numero + "\"}]");
            } else if (caminho.equals("/message/sendText/" + instancia)
                    || caminho.equals("/message/sendMedia/" + instancia)) {
                JsonNode pedido = JSON.readTree(corpo);
                String id = "3EB0" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
                envios.incrementAndGet();
                responder(troca, 201, "{\"key\":{\"remoteJid\":\"" + pedido.path("number").asText()
                        + "\",\"fromMe\":true,\"id\":\"" + id + "\"},\"pushName\":\"Você\",\"status\":\"PENDING\","
                        + "\"message\":{\"conversation\":\"ok\"},\"contextInfo\":null,\"messageType\":\"conversation\","
                        + "\"messageTimestamp\":" + System.currentTimeMillis() / 1000
                        + ",\"instanceId\":\"bench\",\"source\":\"unknown\"}");
            } else if (caminho.startsWith(COBRANCAS) && "GET".equals(troca.getRequestMethod())) {
                String cobranca = caminho.substring(COBRANCAS.length());
                String valor = pagas.get(cobranca);
                if (valor == null) {
                    responder(troca, 404, "{\"errors\":[{\"code\":\"invalid_object\","
                            + "\"description\":\"Cobrança não encontrada.\"}]}");
                } else {
                    responder(troca, 200, Provedores.cobrancaNoStatus(cobranca, "RECEIVED", valor, null));
                }
            } else {
                responder(troca, 404, "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":[\"Not Found\"]}}");
            }
        }
    }

    private static void responder(HttpExchange troca, int status, String corpo) throws IOException {
        byte[] bytes = corpo.getBytes(StandardCharsets.UTF_8);
        troca.getResponseHeaders().set("Content-Type", "application/json");
        troca.sendResponseHeaders(status, bytes.length);
        try (OutputStream saida = troca.getResponseBody()) {
            saida.write(bytes);
        }
    }

    @Override
    public void close() {
        servidor.stop(0);
        threads.shutdownNow();
    }
}
