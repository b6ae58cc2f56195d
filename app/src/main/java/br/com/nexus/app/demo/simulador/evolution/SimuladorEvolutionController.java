package br.com.nexus.app.demo.simulador.evolution;

import br.com.nexus.app.demo.simulador.Simulado;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A WhatsApp gateway that answers as Evolution API v2 (PROTOCOLS.md §1) the calls our
 * {@code EvolutionClient} makes, and never sends anything: every number with the ninth digit "is on
 * WhatsApp", every message is accepted, and its receipts come back through our webhook a few
 * seconds later ({@link RecibosSimulados}). An instance exists when a tenant configured it; the
 * {@code apikey} must be that tenant's instance token or global key. The {@code delay} a send asks
 * for is not waited: the answer comes at once.
 */
@Hidden
@RestController
@RequestMapping(SimuladorEvolutionController.RAIZ)
@Profile("demo")
class SimuladorEvolutionController {

    static final String RAIZ = Simulado.RAIZ + "/evolution";
    /** The simulated instance's own phone. */
    static final String NUMERO_DA_INSTANCIA = "5511999990000";
    private static final Logger log = LoggerFactory.getLogger(SimuladorEvolutionController.class);
    private static final String SUFIXO_JID = "@s.whatsapp.net";

    private final ConfiguracoesEvolution configuracoes;
    private final RecibosSimulados recibos;
    private final SchedulerClient agenda;
    private final ObjectMapper json;

    SimuladorEvolutionController(ConfiguracoesEvolution configuracoes, RecibosSimulados recibos,
            SchedulerClient agenda, ObjectMapper json) {
        this.configuracoes = configuracoes;
        this.recibos = recibos;
        this.agenda = agenda;
        this.json = json;
    }

    @PostMapping("/message/sendText/{instancia}")
    ResponseEntity<JsonNode> enviarTexto(@PathVariable String instancia,
            @RequestHeader(name = "apikey", required = false) String apikey, @RequestBody JsonNode corpo) {
        Optional<ResponseEntity<JsonNode>> recusa = recusa(instancia, apikey)
                .or(() -> exigir(corpo, "number", "text"));
        if (recusa.isPresent()) {
            return recusa.get();
        }
        if (corpo.path("text").asText().isBlank()) {
            return erro(HttpStatus.BAD_REQUEST, "Text is required");
        }
        ObjectNode mensagem = json.createObjectNode().put("conversation", corpo.path("text").asText());
        return enviada(instancia, corpo.path("number").asText(), "conversation", mensagem, "sendText");
    }

    @PostMapping("/message/sendMedia/{instancia}")
    ResponseEntity<JsonNode> enviarMidia(@PathVariable String instancia,
            @RequestHeader(name = "apikey", required = false) String apikey, @RequestBody JsonNode corpo) {
        Optional<ResponseEntity<JsonNode>> recusa = recusa(instancia, apikey)
                .or(() -> exigir(corpo, "number", "mediatype", "media"));
        if (recusa.isPresent()) {
            return recusa.get();
        }
        String tipo = corpo.path("mediatype").asText() + "Message";
        ObjectNode midia = json.createObjectNode()
                .put("mimetype", corpo.path("mimetype").asText(null))
                .put("fileName", corpo.path("fileName").asText(null))
                .put("caption", corpo.path("caption").asText(null));
        ObjectNode mensagem = json.createObjectNode();
        mensagem.set(tipo, midia);
        return enviada(instancia, corpo.path("number").asText(), tipo, mensagem, "sendMedia");
    }

    /** Numbers with the ninth digit exist; their 12-digit forms do not, as for an account created after 2016. */
    @PostMapping("/chat/whatsappNumbers/{instancia}")
    ResponseEntity<JsonNode> consultarNumeros(@PathVariable String instancia,
            @RequestHeader(name = "apikey", required = false) String apikey, @RequestBody JsonNode corpo) {
        Optional<ResponseEntity<JsonNode>> recusa = recusa(instancia, apikey).or(() -> exigir(corpo, "numbers"));
        if (recusa.isPresent()) {
            return recusa.get();
        }
        ArrayNode resposta = json.createArrayNode();
        for (JsonNode numero : corpo.path("numbers")) {
            String digitos = numero.asText().replaceAll("\\D", "");
            boolean existe = digitos.length() == 13 && digitos.startsWith("55") && digitos.charAt(4) == '9';
            resposta.addObject().put("jid", digitos + SUFIXO_JID).put("exists", existe).put("number", digitos);
        }
        log.info("SIMULADO Evolution: whatsappNumbers checked {} number(s) on {}", resposta.size(), instancia);
        return ResponseEntity.ok(resposta);
    }

    @GetMapping("/instance/connectionState/{instancia}")
    ResponseEntity<JsonNode> estado(@PathVariable String instancia,
            @RequestHeader(name = "apikey", required = false) String apikey) {
        return recusa(instancia, apikey).orElseGet(() -> ResponseEntity.ok(aberta(instancia)));
    }

    /** A simulated phone is always paired: no QR code to show. */
    @GetMapping("/instance/connect/{instancia}")
    ResponseEntity<JsonNode> conectar(@PathVariable String instancia,
            @RequestHeader(name = "apikey", required = false) String apikey) {
        return recusa(instancia, apikey).orElseGet(() -> ResponseEntity.ok(aberta(instancia)));
    }

    /**
     * Acknowledged as Evolution does (201). Receipts go to this application's own webhook anyway,
     * with the tenant's webhook token, whatever URL is set here.
     */
    @PostMapping("/webhook/set/{instancia}")
    ResponseEntity<JsonNode> configurarWebhook(@PathVariable String instancia,
            @RequestHeader(name = "apikey", required = false) String apikey, @RequestBody JsonNode corpo) {
        Optional<ResponseEntity<JsonNode>> recusa = recusa(instancia, apikey).or(() -> exigir(corpo, "webhook"));
        if (recusa.isPresent()) {
            return recusa.get();
        }
        JsonNode webhook = corpo.path("webhook");
        if (!webhook.path("url").isTextual() || !webhook.path("enabled").isBoolean()) {
            return erro(HttpStatus.BAD_REQUEST, "webhook requires property \"url\" and \"enabled\"");
        }
        ObjectNode resposta = json.createObjectNode()
                .put("id", UUID.randomUUID().toString())
                .put("url", webhook.path("url").asText())
                .put("enabled", webhook.path("enabled").asBoolean())
                .put("webhookByEvents", webhook.path("byEvents").asBoolean(false))
                .put("webhookBase64", webhook.path("base64").asBoolean(false))
                .put("instanceId", idDaInstancia(instancia))
                .put(Simulado.CAMPO, true);
        resposta.set("events", webhook.path("events").isArray() ? webhook.path("events") : json.createArrayNode());
        log.info("SIMULADO Evolution: webhook of {} set to {}", instancia, webhook.path("url").asText());
        return ResponseEntity.status(HttpStatus.CREATED).body(resposta);
    }

    private ResponseEntity<JsonNode> enviada(String instancia, String numero, String tipo, ObjectNode mensagem,
            String rota) {
        String jid = numero.contains("@") ? numero : numero.replaceAll("\\D", "") + SUFIXO_JID;
        String keyId = "3EB0" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        ObjectNode resposta = json.createObjectNode();
        resposta.putObject("key").put("remoteJid", jid).put("fromMe", true).put("id", keyId);
        resposta.put("pushName", "Você").put("status", "PENDING");
        resposta.set("message", mensagem);
        resposta.putNull("contextInfo");
        resposta.put("messageType", tipo)
                .put("messageTimestamp", Instant.now().getEpochSecond())
                .put("instanceId", idDaInstancia(instancia))
                .put("source", "unknown")
                .put(Simulado.CAMPO, true);
        recibos.agendar(agenda, instancia, keyId, jid);
        log.info("SIMULADO Evolution: {} to {} accepted as {}; receipts follow in a few seconds", rota,
                Simulado.mascarado(jid), keyId);
        return ResponseEntity.status(HttpStatus.CREATED).body(resposta);
    }

    /** Evolution's guards, in its order: unknown instance (404) before a wrong key (401). */
    private Optional<ResponseEntity<JsonNode>> recusa(String instancia, String apikey) {
        List<ConfiguracaoEvolution> daInstancia = configuracoes.daInstancia(instancia);
        if (daInstancia.isEmpty()) {
            return Optional.of(erro(HttpStatus.NOT_FOUND, "The \"" + instancia + "\" instance does not exist"));
        }
        boolean chaveValida = apikey != null && daInstancia.stream()
                .anyMatch(c -> apikey.equals(c.apiKey()) || apikey.equals(c.chaveGlobal()));
        return chaveValida ? Optional.empty() : Optional.of(erro(HttpStatus.UNAUTHORIZED, "Unauthorized"));
    }

    private Optional<ResponseEntity<JsonNode>> exigir(JsonNode corpo, String... campos) {
        for (String campo : campos) {
            if (corpo == null || corpo.path(campo).isMissingNode() || corpo.path(campo).isNull()) {
                return Optional.of(erro(HttpStatus.BAD_REQUEST, "instance requires property \"" + campo + "\""));
            }
        }
        return Optional.empty();
    }

    private ObjectNode aberta(String instancia) {
        ObjectNode resposta = json.createObjectNode().put(Simulado.CAMPO, true);
        resposta.putObject("instance").put("instanceName", instancia).put("state", "open");
        return resposta;
    }

    /** Evolution's error envelope: {@code {"status","error","response":{"message":[...]}}}. */
    private ResponseEntity<JsonNode> erro(HttpStatus status, String mensagem) {
        ObjectNode corpo = json.createObjectNode().put("status", status.value()).put("error", status.getReasonPhrase())
                .put(Simulado.CAMPO, true);
        corpo.putObject("response").putArray("message").add(mensagem);
        log.info("SIMULADO Evolution: answered {} ({})", status.value(), mensagem);
        return ResponseEntity.status(status).body(corpo);
    }

    static String idDaInstancia(String instancia) {
        return UUID.nameUUIDFromBytes(instancia.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
