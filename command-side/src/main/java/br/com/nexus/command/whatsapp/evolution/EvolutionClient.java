package br.com.nexus.command.whatsapp.evolution;

import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution.Tipo;
import br.com.nexus.kernel.comum.DomainException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evolution API v2 over HTTP, one call per method, no retries (see {@link GatewayEvolution}).
 * Every failure becomes a {@link FalhaEvolution} classified as PROTOCOLS.md §1.6–1.7 describe.
 */
public class EvolutionClient {

    private static final Pattern NUMERO_LONGO = Pattern.compile("(\\d{4})\\d{3,}(\\d{2})");
    private static final int MAXIMO_DETALHE = 300;

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeoutResposta;
    private final PoliticaDeSaida saida;

    /** A client that calls any address: for tests against a local stand-in. */
    public EvolutionClient(HttpClient http, ObjectMapper json, Duration timeoutResposta) {
        this(http, json, timeoutResposta, null);
    }

    /** A client that checks every server URL against {@code saida} before calling it. */
    public EvolutionClient(HttpClient http, ObjectMapper json, Duration timeoutResposta, PoliticaDeSaida saida) {
        this.http = http;
        this.json = json;
        this.timeoutResposta = timeoutResposta;
        this.saida = saida;
    }

    /**
     * The HTTP client every call to Evolution API goes through, HTTP/1.1 only: on plain http:// the
     * JDK's default offers {@code Upgrade: h2c}, and an Evolution with WEBSOCKET_ENABLED hands any
     * request carrying {@code Upgrade} to socket.io, which closes it after a second.
     */
    public static HttpClient http(Duration timeoutConexao) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeoutConexao)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** {@code POST /message/sendText/{instance}}; {@code digitacao} shows "typing…" for that long first. */
    public MensagemEnviada enviarTexto(ConexaoEvolution conexao, String numero, String texto, Duration digitacao) {
        ObjectNode corpo = json.createObjectNode().put("number", numero).put("text", texto);
        atraso(corpo, digitacao);
        return mensagem(chamar(conexao, "POST", "/message/sendText/" + segmento(conexao.instancia()), corpo,
                timeoutResposta.plus(digitacao)));
    }

    /** {@code POST /message/sendMedia/{instance}} with a PDF as a base64 document. */
    public MensagemEnviada enviarDocumento(ConexaoEvolution conexao, String numero, byte[] pdf, String nomeArquivo,
            String legenda, Duration digitacao) {
        ObjectNode corpo = json.createObjectNode()
                .put("number", numero)
                .put("mediatype", "document")
                .put("mimetype", "application/pdf")
                .put("media", Base64.getEncoder().encodeToString(pdf))
                .put("fileName", nomeArquivo);
        if (legenda != null && !legenda.isBlank()) {
            corpo.put("caption", legenda);
        }
        atraso(corpo, digitacao);
        return mensagem(chamar(conexao, "POST", "/message/sendMedia/" + segmento(conexao.instancia()), corpo,
                timeoutResposta.plus(digitacao)));
    }

    /** {@code GET /instance/connectionState/{instance}}. */
    public EstadoConexao estado(ConexaoEvolution conexao) {
        JsonNode resposta = chamar(conexao, "GET", "/instance/connectionState/" + segmento(conexao.instancia()), null,
                timeoutResposta);
        JsonNode instancia = resposta.path("instance");
        String estado = texto(instancia.path("state"));
        if (estado == null) {
            throw new FalhaEvolution(Tipo.TRANSITORIA, 200, "Resposta de connectionState sem estado");
        }
        return new EstadoConexao(textoOu(instancia.path("instanceName"), conexao.instancia()), estado, null);
    }

    /** {@code POST /chat/whatsappNumbers/{instance}}: which of the numbers have WhatsApp, and their JIDs. */
    public List<NumeroWhatsapp> consultarNumeros(ConexaoEvolution conexao, List<String> numeros) {
        ObjectNode corpo = json.createObjectNode();
        ArrayNode lista = corpo.putArray("numbers");
        numeros.forEach(lista::add);
        HttpResponse<String> http = requisitar(conexao.servidor(), conexao.apiKey(), "POST",
                "/chat/whatsappNumbers/" + segmento(conexao.instancia()), corpo, timeoutResposta);
        if (http.statusCode() == 400 && !ler(http.body()).path("response").has("message")) {
            // A refused request always says why in response.message; a bare 400 here is the lookup's own
            // exception, serialized when the WhatsApp socket dropped, so a later attempt may succeed.
            throw new FalhaEvolution(Tipo.TRANSITORIA, 400, classificar(400, http.body()).getMessage()
                    + " (conexão com o WhatsApp caiu durante a consulta de números)");
        }
        JsonNode resposta = aceitar(http);
        List<NumeroWhatsapp> resultado = new ArrayList<>();
        for (JsonNode item : resposta) {
            resultado.add(new NumeroWhatsapp(texto(item.path("jid")), item.path("exists").asBoolean(false),
                    texto(item.path("number"))));
        }
        return resultado;
    }

    /**
     * {@code GET /instance/connect/{instance}}: the QR code to pair the phone, or state {@code open}
     * when it is already connected.
     */
    public EstadoConexao conectar(ConexaoEvolution conexao) {
        JsonNode resposta = chamar(conexao, "GET", "/instance/connect/" + segmento(conexao.instancia()), null,
                timeoutResposta);
        if (resposta.path("error").asBoolean(false)) {
            throw new FalhaEvolution(Tipo.TRANSITORIA, 200,
                    "Evolution API não gerou o QR code: " + detalhe(texto(resposta.path("message"))));
        }
        String estado = texto(resposta.path("instance").path("state"));
        if (estado != null) {
            return new EstadoConexao(conexao.instancia(), estado, null);
        }
        return new EstadoConexao(conexao.instancia(), "connecting", qrcode(resposta));
    }

    /** {@code POST /instance/create} with the server's global key (instance tokens cannot create). */
    public InstanciaCriada criarInstancia(URI servidor, String chaveGlobal, NovaInstancia nova) {
        ObjectNode corpo = json.createObjectNode()
                .put("instanceName", nova.instancia())
                .put("integration", "WHATSAPP-BAILEYS")
                .put("qrcode", true)
                .put("token", nova.token())
                .put("rejectCall", false)
                .put("groupsIgnore", true)
                .put("alwaysOnline", false)
                .put("readMessages", false)
                .put("readStatus", false)
                .put("syncFullHistory", false);
        if (nova.numero() != null && !nova.numero().isBlank()) {
            corpo.put("number", nova.numero());
        }
        if (nova.webhook() != null) {
            corpo.set("webhook", webhook(nova.webhook(), false));
        }
        JsonNode resposta = chamar(servidor, chaveGlobal, "POST", "/instance/create", corpo, timeoutResposta);
        JsonNode instancia = resposta.path("instance");
        JsonNode hash = resposta.path("hash");
        String token = hash.isObject() ? texto(hash.path("apikey")) : texto(hash);
        return new InstanciaCriada(texto(instancia.path("instanceName")), texto(instancia.path("instanceId")),
                texto(instancia.path("status")), token,
                resposta.path("qrcode").isObject() ? qrcode(resposta.path("qrcode")) : null);
    }

    /** {@code POST /webhook/set/{instance}}: where and how Evolution delivers this instance's events. */
    public void configurarWebhook(ConexaoEvolution conexao, NovaInstancia.Webhook webhook) {
        ObjectNode corpo = json.createObjectNode();
        corpo.set("webhook", webhook(webhook, true));
        chamar(conexao, "POST", "/webhook/set/" + segmento(conexao.instancia()), corpo, timeoutResposta);
    }

    private ObjectNode webhook(NovaInstancia.Webhook webhook, boolean comEnabled) {
        ObjectNode no = json.createObjectNode();
        if (comEnabled) {
            no.put("enabled", true);
        }
        no.put("url", webhook.url()).put("byEvents", webhook.porEvento()).put("base64", false);
        ObjectNode headers = no.putObject("headers");
        webhook.headers().forEach(headers::put);
        ArrayNode eventos = no.putArray("events");
        webhook.eventos().forEach(eventos::add);
        return no;
    }

    private static void atraso(ObjectNode corpo, Duration digitacao) {
        if (digitacao != null && !digitacao.isNegative() && !digitacao.isZero()) {
            corpo.put("delay", digitacao.toMillis());
        }
    }

    private MensagemEnviada mensagem(JsonNode resposta) {
        JsonNode chave = resposta.path("key");
        String id = texto(chave.path("id"));
        if (id == null) {
            // Accepted but unnamed: the message may be out, so this must not be retried as if nothing happened.
            throw new FalhaEvolution(Tipo.REJEITADA, 201, "Evolution API aceitou o envio sem informar key.id");
        }
        return new MensagemEnviada(id, texto(chave.path("remoteJid")), texto(resposta.path("status")));
    }

    private static QrCode qrcode(JsonNode no) {
        Integer count = no.path("count").isNumber() ? no.path("count").asInt() : null;
        return new QrCode(texto(no.path("code")), texto(no.path("base64")), texto(no.path("pairingCode")), count);
    }

    private JsonNode chamar(ConexaoEvolution conexao, String metodo, String caminho, JsonNode corpo, Duration timeout) {
        return chamar(conexao.servidor(), conexao.apiKey(), metodo, caminho, corpo, timeout);
    }

    private JsonNode chamar(URI servidor, String apikey, String metodo, String caminho, JsonNode corpo,
            Duration timeout) {
        return aceitar(requisitar(servidor, apikey, metodo, caminho, corpo, timeout));
    }

    private JsonNode aceitar(HttpResponse<String> resposta) {
        int status = resposta.statusCode();
        if (status >= 200 && status < 300) {
            return ler(resposta.body());
        }
        throw classificar(status, resposta.body());
    }

    private HttpResponse<String> requisitar(URI servidor, String apikey, String metodo, String caminho,
            JsonNode corpo, Duration timeout) {
        String base = servidor.toString();
        if (saida != null) {
            try {
                saida.servidor(base, "servidorUrl");
            } catch (DomainException e) {
                // Not sent, and sending again the same way will not help: an administrator must fix the URL.
                throw new FalhaEvolution(Tipo.REJEITADA, e.getMessage(), e);
            }
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create(base + caminho))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (apikey != null) {
            pedido.header("apikey", apikey);
        }
        if (corpo == null) {
            pedido.method(metodo, HttpRequest.BodyPublishers.noBody());
        } else {
            pedido.header("Content-Type", "application/json")
                    .method(metodo, HttpRequest.BodyPublishers.ofString(corpo.toString(), StandardCharsets.UTF_8));
        }
        try {
            return http.send(pedido.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new FalhaEvolution(Tipo.TRANSITORIA, "Evolution API não aceitou a conexão a tempo", e, true);
        } catch (HttpTimeoutException e) {
            throw new FalhaEvolution(Tipo.TRANSITORIA, "Evolution API não respondeu a tempo", e);
        } catch (ConnectException e) {
            throw new FalhaEvolution(Tipo.TRANSITORIA, "Evolution API recusou a conexão", e, true);
        } catch (IOException e) {
            throw new FalhaEvolution(Tipo.TRANSITORIA, "Falha de conexão com Evolution API", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FalhaEvolution(Tipo.TRANSITORIA, "Chamada a Evolution API interrompida", e);
        }
    }

    /**
     * Reads an error answer: the envelope {@code {"status","error","response":{"message": [...] | "..."}}},
     * or {@code "response": "..."} when Evolution serialized an exception instead.
     */
    FalhaEvolution classificar(int status, String corpo) {
        JsonNode resposta = ler(corpo).path("response");
        JsonNode mensagem = resposta.isTextual() ? resposta : resposta.path("message");
        List<String> textos = new ArrayList<>();
        boolean numeroInexistente = false;
        for (JsonNode item : mensagem.isArray() ? mensagem : List.of(mensagem)) {
            if (item.isObject() && item.has("exists") && !item.path("exists").asBoolean(true)) {
                numeroInexistente = true;
            } else if (item.isTextual()) {
                textos.add(item.asText());
            }
        }
        String texto = String.join("; ", textos);
        String resumo = "Evolution API " + status + (texto.isEmpty() ? "" : ": " + detalhe(texto));
        if (numeroInexistente) {
            return new FalhaEvolution(Tipo.NUMERO_SEM_WHATSAPP, status, "Número sem WhatsApp");
        }
        if (texto.toLowerCase(Locale.ROOT).contains("connection closed")) {
            // Baileys' socket to WhatsApp is dead (as 400 or 500): the message was not sent.
            return new FalhaEvolution(Tipo.TRANSITORIA, status, resumo, true);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return new FalhaEvolution(Tipo.TRANSITORIA, status, resumo);
        }
        return switch (status) {
            case 401 -> new FalhaEvolution(Tipo.NAO_AUTORIZADO, status, resumo);
            case 403 -> new FalhaEvolution(texto.contains("already in use") ? Tipo.NOME_EM_USO : Tipo.NAO_AUTORIZADO,
                    status, resumo);
            case 404 -> new FalhaEvolution(texto.startsWith("Cannot ") ? Tipo.REJEITADA : Tipo.INSTANCIA_INEXISTENTE,
                    status, resumo);
            default -> new FalhaEvolution(Tipo.REJEITADA, status, resumo);
        };
    }

    private JsonNode ler(String corpo) {
        if (corpo == null || corpo.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(corpo);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** Gateway messages may quote the number; never keep it whole. */
    static String detalhe(String texto) {
        if (texto == null) {
            return "";
        }
        String mascarado = NUMERO_LONGO.matcher(texto).replaceAll("$1****$2");
        return mascarado.length() > MAXIMO_DETALHE ? mascarado.substring(0, MAXIMO_DETALHE) + "…" : mascarado;
    }

    private static String segmento(String valor) {
        return URLEncoder.encode(valor, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String texto(JsonNode no) {
        return no == null || no.isNull() || no.isMissingNode() || no.isContainerNode() ? null : no.asText();
    }

    private static String textoOu(JsonNode no, String padrao) {
        String valor = texto(no);
        return valor == null ? padrao : valor;
    }
}
