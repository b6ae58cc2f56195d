package br.com.nexus.command.whatsapp.api;

import br.com.nexus.command.comum.ProblemaJson;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.TipoIntegracaoEvolution;
import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.EstadoConexao;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.command.whatsapp.evolution.InstanciaCriada;
import br.com.nexus.command.whatsapp.evolution.NovaInstancia;
import br.com.nexus.command.whatsapp.evolution.QrCode;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's Evolution API instance: create it (with the server's global key, choosing its
 * token and pointing its webhook at us), pair it with a phone by QR code, and see its state.
 * Gateway failures answer 502 problems, never a stack trace.
 */
@RestController
@RequestMapping("/api/whatsapp/instancia")
@Tag(name = "WhatsApp", description = "Modelos de mensagem, instância e disparos por WhatsApp")
class InstanciaController {

    static final List<String> EVENTOS = List.of("MESSAGES_UPSERT", "MESSAGES_UPDATE", "SEND_MESSAGE",
            "CONNECTION_UPDATE", "QRCODE_UPDATED");

    private final ConexaoDaInstancia conexaoDaInstancia;
    private final GatewayEvolution gateway;
    private final IntegracaoRepository integracoes;
    private final TipoIntegracaoEvolution tipo;
    private final InstanciasWhatsapp instancias;
    private final SecureRandom aleatorio = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    InstanciaController(ConexaoDaInstancia conexaoDaInstancia, GatewayEvolution gateway,
            IntegracaoRepository integracoes, TipoIntegracaoEvolution tipo, InstanciasWhatsapp instancias) {
        this.conexaoDaInstancia = conexaoDaInstancia;
        this.gateway = gateway;
        this.integracoes = integracoes;
        this.tipo = tipo;
        this.instancias = instancias;
    }

    /** {@code numero}: the phone (digits, with 55) to pair by code instead of QR. */
    record CriacaoRequest(@Pattern(regexp = "\\d{12,13}") String numero) {
    }

    /** The instance's state and, while pairing, the QR code (and pairing code) to scan. */
    record InstanciaView(String instancia, String estado, QrCode qrcode, Instant atualizadoEm) {
    }

    @PostMapping
    @Operation(summary = "Cria a instância na Evolution API (exige o segredo chaveGlobal) e devolve o QR code")
    @ApiResponse(responseCode = "201", description = "Instância criada")
    ResponseEntity<InstanciaView> criar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @Valid @RequestBody(required = false) CriacaoRequest request) {
        ConfiguracaoEvolution configuracao = configuracao(usuario.tenantId());
        if (configuracao.chaveGlobal() == null) {
            throw DomainException.regraViolada("CHAVE_GLOBAL_AUSENTE",
                    "Criar a instância exige o segredo chaveGlobal da integração evolution");
        }
        String token = configuracao.apiKey() != null ? configuracao.apiKey()
                : HexFormat.of().formatHex(bytes());
        InstanciaCriada criada = gateway.criarInstancia(configuracao.servidorUrl(), configuracao.chaveGlobal(),
                new NovaInstancia(configuracao.instancia(), token, request == null ? null : request.numero(),
                        webhook(configuracao)));
        String tokenFinal = criada.hash() != null ? criada.hash() : token;
        if (!tokenFinal.equals(configuracao.apiKey())) {
            integracoes.salvar(usuario.tenantId(), tipo, integracoes.buscar(usuario.tenantId(),
                    ConfiguracaoEvolution.TIPO).orElseThrow().configuracao(),
                    Map.of(ConfiguracaoEvolution.API_KEY, tokenFinal));
        }
        Instant agora = clock.instant();
        String estado = criada.qrcode() != null ? "connecting" : "close";
        instancias.registrarEstado(usuario.tenantId(), configuracao.instancia(), estado, null, agora);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new InstanciaView(configuracao.instancia(), estado, criada.qrcode(), agora));
    }

    @GetMapping("/qrcode")
    @Operation(summary = "Inicia o pareamento e devolve o QR code (ou estado open quando já conectada)")
    InstanciaView qrcode(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        ConexaoDaInstancia.Conexao conexao = conexaoDaInstancia.conectar(usuario.tenantId());
        return new InstanciaView(conexao.instancia(), conexao.estado().estado(), conexao.estado().qrcode(),
                conexao.em());
    }

    @GetMapping("/estado")
    @Operation(summary = "Estado da conexão da instância com o WhatsApp (open, connecting, close)")
    InstanciaView estado(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        ConfiguracaoEvolution configuracao = configuracao(usuario.tenantId());
        EstadoConexao estado = gateway.estado(conexao(configuracao));
        Instant agora = clock.instant();
        instancias.registrarEstado(usuario.tenantId(), configuracao.instancia(), estado.estado(), null, agora);
        return new InstanciaView(configuracao.instancia(), estado.estado(), null, agora);
    }

    @PostMapping("/webhook")
    @Operation(summary = "Aponta o webhook da instância para este sistema (exige a configuração webhookUrl)")
    @ApiResponse(responseCode = "204", description = "Webhook configurado")
    ResponseEntity<Void> configurarWebhook(@AuthenticationPrincipal UsuarioAutenticado usuario) {
        ConfiguracaoEvolution configuracao = configuracao(usuario.tenantId());
        NovaInstancia.Webhook webhook = webhook(configuracao);
        if (webhook == null) {
            throw DomainException.regraViolada("WEBHOOK_URL_AUSENTE",
                    "Informe a configuração webhookUrl (endereço público de /api/webhooks/evolution)");
        }
        gateway.configurarWebhook(conexao(configuracao), webhook);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(FalhaEvolution.class)
    ResponseEntity<ProblemDetail> falha(FalhaEvolution falha, HttpServletRequest request) {
        RecusaDaEvolution recusa = RecusaDaEvolution.de(falha);
        return ProblemaJson.resposta(recusa.status(), recusa.code(), recusa.mensagem(), request);
    }

    private ConfiguracaoEvolution configuracao(TenantId tenantId) {
        return conexaoDaInstancia.configuracao(tenantId);
    }

    private static ConexaoEvolution conexao(ConfiguracaoEvolution configuracao) {
        return ConexaoDaInstancia.conexao(configuracao);
    }

    /** Evolution's webhook pointing at us, carrying whichever of our webhook secrets the tenant set. */
    private static NovaInstancia.Webhook webhook(ConfiguracaoEvolution configuracao) {
        if (configuracao.webhookUrl() == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (configuracao.webhookToken() != null) {
            headers.put("x-webhook-token", configuracao.webhookToken());
        }
        if (configuracao.jwtKey() != null) {
            headers.put("jwt_key", configuracao.jwtKey());
        }
        return new NovaInstancia.Webhook(configuracao.webhookUrl(), headers, false, EVENTOS);
    }

    private byte[] bytes() {
        byte[] token = new byte[24];
        aleatorio.nextBytes(token);
        return token;
    }
}
