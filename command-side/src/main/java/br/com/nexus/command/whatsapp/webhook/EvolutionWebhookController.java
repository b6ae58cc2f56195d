package br.com.nexus.command.whatsapp.webhook;

import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.envio.PausaDeEnvios;
import br.com.nexus.command.comum.ProblemaJson;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evolution API's webhook: one URL, or one per event when configured with {@code byEvents}
 * ({@code /messages-update}, …). The caller is authenticated before anything is read or stored
 * ({@link AutenticacaoWebhook}); strangers get 401. Known events are applied, others acknowledged.
 * The envelope's {@code date_time} is the gateway's local time with a misleading {@code Z}, so
 * times come from {@code messageTimestamp} (epoch seconds) or our own clock instead.
 */
@RestController
@Tag(name = "Webhooks", description = "Chamadas dos provedores, autenticadas pelo esquema de cada um")
class EvolutionWebhookController {

    private static final Logger log = LoggerFactory.getLogger(EvolutionWebhookController.class);

    private final AutenticacaoWebhook autenticacao;
    private final StatusDeMensagens status;
    private final RespostasWhatsapp respostas;
    private final InstanciasWhatsapp instancias;
    private final PausaDeEnvios pausa;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    EvolutionWebhookController(AutenticacaoWebhook autenticacao, StatusDeMensagens status, RespostasWhatsapp respostas,
            InstanciasWhatsapp instancias, PausaDeEnvios pausa, ObjectMapper json) {
        this.autenticacao = autenticacao;
        this.status = status;
        this.respostas = respostas;
        this.instancias = instancias;
        this.pausa = pausa;
        this.json = json;
    }

    @PostMapping({"/api/webhooks/evolution", "/api/webhooks/evolution/{evento}"})
    @Operation(summary = "Recebe eventos da Evolution API (recibos, respostas, conexão, QR code)")
    ResponseEntity<?> receber(@PathVariable(required = false) String evento,
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = AutenticacaoWebhook.CABECALHO_TOKEN, required = false) String token,
            @RequestBody(required = false) String corpo, HttpServletRequest request) {
        JsonNode envelope = ler(corpo);
        Optional<ConfiguracaoEvolution> configuracao = autenticacao.autenticar(authorization, token,
                envelope.isObject() ? envelope : MissingNode.getInstance());
        if (configuracao.isEmpty()) {
            return ProblemaJson.resposta(HttpStatus.UNAUTHORIZED, "NAO_AUTENTICADO",
                    "Webhook sem credencial válida da Evolution API", request);
        }
        if (!envelope.isObject()) {
            return ProblemaJson.resposta(HttpStatus.BAD_REQUEST, "REQUISICAO_INVALIDA", "Corpo JSON inválido", request);
        }
        String nome = normalizar(envelope.path("event").isTextual() ? envelope.path("event").asText() : evento);
        TenantId tenant = configuracao.get().tenantId();
        JsonNode dados = envelope.path("data");
        for (JsonNode item : dados.isArray() ? dados : List.of(dados)) {
            aplicar(nome, tenant, configuracao.get(), item);
        }
        return ResponseEntity.ok(Map.of("recebido", true, "evento", nome == null ? "" : nome));
    }

    private void aplicar(String evento, TenantId tenant, ConfiguracaoEvolution configuracao, JsonNode dados) {
        if (evento == null) {
            return;
        }
        switch (evento) {
            case "messages.update" -> atualizacao(tenant, dados);
            case "messages.upsert" -> mensagem(tenant, dados);
            case "send.message" -> {
                String id = texto(dados.path("key").path("id"));
                if (id != null) {
                    status.confirmarEnvio(tenant, id);
                }
            }
            case "connection.update" -> conexao(tenant, configuracao, dados);
            case "qrcode.updated" -> {
                String base64 = texto(dados.path("qrcode").path("base64"));
                if (base64 != null) {
                    instancias.registrarQrcode(tenant, configuracao.instancia(), base64, clock.instant());
                }
            }
            default -> log.debug("Evolution event {} acknowledged and ignored", evento);
        }
    }

    /** The instance's connection changed: recorded, and the tenant's sending pauses or resumes with it. */
    private void conexao(TenantId tenant, ConfiguracaoEvolution configuracao, JsonNode dados) {
        String estado = texto(dados.path("state"));
        Integer codigo = dados.path("statusReason").isInt() ? dados.path("statusReason").asInt() : null;
        Instant agora = clock.instant();
        instancias.registrarEstado(tenant, configuracao.instancia(), estado, codigo, agora);
        pausa.estadoInformado(tenant, estado, codigo, "connection.update", agora);
    }

    /** A receipt: only for messages we sent ({@code fromMe}); the flat {@code keyId} names it. */
    private void atualizacao(TenantId tenant, JsonNode dados) {
        String keyId = texto(dados.path("keyId"));
        if (keyId == null) {
            keyId = texto(dados.path("key").path("id"));
        }
        if (keyId == null || dados.path("fromMe").isBoolean() && !dados.path("fromMe").asBoolean()) {
            return;
        }
        JsonNode valor = dados.path("status");
        status.receber(tenant, keyId, valor.isMissingNode() || valor.isNull() ? null : valor.asText());
    }

    private void mensagem(TenantId tenant, JsonNode dados) {
        JsonNode chave = dados.path("key");
        String id = texto(chave.path("id"));
        String remoteJid = texto(chave.path("remoteJid"));
        if (id == null || remoteJid == null) {
            return;
        }
        if (chave.path("fromMe").asBoolean(false)) {
            status.confirmarEnvio(tenant, id);
            return;
        }
        if (remoteJid.endsWith("@g.us") || remoteJid.endsWith("@broadcast") || remoteJid.endsWith("@newsletter")) {
            return;
        }
        String jidTelefone = remoteJid.endsWith("@lid")
                ? primeiro(texto(chave.path("remoteJidAlt")), texto(chave.path("senderPn")), texto(dados.path("senderPn")))
                : remoteJid;
        Instant recebidaEm = dados.path("messageTimestamp").canConvertToLong()
                ? Instant.ofEpochSecond(dados.path("messageTimestamp").asLong()) : clock.instant();
        respostas.receber(tenant, new RespostasWhatsapp.Recebida(id, remoteJid, jidTelefone,
                texto(dados.path("messageType")), textoDa(dados.path("message")), recebidaEm));
    }

    /** The readable part of a message: its text, or the caption (or file name) of media. */
    static String textoDa(JsonNode mensagem) {
        String conversa = texto(mensagem.path("conversation"));
        if (conversa != null) {
            return conversa;
        }
        String estendida = texto(mensagem.path("extendedTextMessage").path("text"));
        if (estendida != null) {
            return estendida;
        }
        for (String tipo : List.of("imageMessage", "videoMessage", "documentMessage")) {
            String legenda = texto(mensagem.path(tipo).path("caption"));
            if (legenda != null) {
                return legenda;
            }
        }
        return texto(mensagem.path("documentMessage").path("fileName"));
    }

    /** {@code messages.update}, {@code MESSAGES_UPDATE} and {@code messages-update} all name the same event. */
    static String normalizar(String evento) {
        return evento == null || evento.isBlank() ? null
                : evento.strip().toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
    }

    private JsonNode ler(String corpo) {
        if (corpo == null || corpo.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode lido = json.readTree(corpo);
            return lido == null ? MissingNode.getInstance() : lido;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static String primeiro(String... valores) {
        for (String valor : valores) {
            if (valor != null && !valor.isBlank()) {
                return valor;
            }
        }
        return null;
    }

    private static String texto(JsonNode no) {
        return no == null || !no.isValueNode() || no.isNull() ? null : no.asText();
    }
}
