package br.com.nexus.command.whatsapp.webhook;

import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells which tenant an Evolution webhook comes from, by whatever Evolution can present: an
 * {@code Authorization: Bearer} HS256 JWT signed with the tenant's {@code jwtKey} (found through
 * the payload's {@code instance}), an {@code x-webhook-token} header configured on the webhook, or
 * the payload's {@code apikey} (the instance token). Secrets are matched by SHA-256 in constant
 * time; a caller that presents none of them, or whose instance is not the tenant's, is nobody.
 */
@Component
class AutenticacaoWebhook {

    static final String CABECALHO_TOKEN = "x-webhook-token";
    /** Evolution signs with exp = iat + 600 s; a little leeway absorbs clock skew between the hosts. */
    private static final Duration FOLGA = Duration.ofSeconds(60);

    private final ConfiguracoesEvolution configuracoes;
    private final IntegracaoRepository integracoes;
    private final ObjectMapper json;
    private final Clock clock;

    @Autowired
    AutenticacaoWebhook(ConfiguracoesEvolution configuracoes, IntegracaoRepository integracoes, ObjectMapper json) {
        this(configuracoes, integracoes, json, Clock.systemUTC());
    }

    AutenticacaoWebhook(ConfiguracoesEvolution configuracoes, IntegracaoRepository integracoes, ObjectMapper json,
            Clock clock) {
        this.configuracoes = configuracoes;
        this.integracoes = integracoes;
        this.json = json;
        this.clock = clock;
    }

    Optional<ConfiguracaoEvolution> autenticar(String authorization, String tokenCabecalho, JsonNode corpo) {
        String instancia = texto(corpo.path("instance"));
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ConfiguracaoEvolution> porJwt = porJwt(authorization.substring(7).strip(), instancia);
            if (porJwt.isPresent()) {
                return porJwt;
            }
        }
        Optional<ConfiguracaoEvolution> porCabecalho = porSegredo(tokenCabecalho, instancia);
        if (porCabecalho.isPresent()) {
            return porCabecalho;
        }
        return porSegredo(texto(corpo.path("apikey")), instancia);
    }

    private Optional<ConfiguracaoEvolution> porJwt(String token, String instancia) {
        if (instancia == null) {
            return Optional.empty();
        }
        for (ConfiguracaoEvolution configuracao : configuracoes.daInstancia(instancia)) {
            if (configuracao.jwtKey() == null) {
                continue;
            }
            Optional<JsonNode> claims = JwtHs256.verificar(token,
                    configuracao.jwtKey().getBytes(StandardCharsets.UTF_8), json);
            if (claims.isPresent() && claimsValidas(claims.get())) {
                return Optional.of(configuracao);
            }
        }
        return Optional.empty();
    }

    private boolean claimsValidas(JsonNode claims) {
        Instant agora = clock.instant();
        if (!claims.path("exp").canConvertToLong() || !"evolution".equals(texto(claims.path("app")))
                || !"webhook".equals(texto(claims.path("action")))) {
            return false;
        }
        Instant expira = Instant.ofEpochSecond(claims.path("exp").asLong());
        if (!agora.isBefore(expira.plus(FOLGA))) {
            return false;
        }
        return !claims.path("iat").canConvertToLong()
                || !Instant.ofEpochSecond(claims.path("iat").asLong()).isAfter(agora.plus(FOLGA));
    }

    private Optional<ConfiguracaoEvolution> porSegredo(String segredo, String instancia) {
        if (segredo == null || segredo.isBlank()) {
            return Optional.empty();
        }
        return integracoes.tenantPorSegredoDeWebhook(ConfiguracaoEvolution.TIPO, segredo)
                .flatMap(configuracoes::doTenant)
                .filter(c -> instancia == null || c.instancia().equals(instancia));
    }

    private static String texto(JsonNode no) {
        return no == null || !no.isTextual() ? null : no.asText();
    }
}
