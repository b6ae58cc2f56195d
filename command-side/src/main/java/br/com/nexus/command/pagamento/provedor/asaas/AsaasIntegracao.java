package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.kernel.comum.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code PUT /api/integracoes/asaas}: configuration {@code baseUrl} (default production,
 * {@value #BASE_URL_PADRAO}; the sandbox is {@code https://api-sandbox.asaas.com/v3}); secrets
 * {@code apiKey} (sent as {@code access_token}) and {@code webhookToken}, the authToken configured
 * on the Asaas webhook, which Asaas presents in the {@code asaas-access-token} header and which
 * identifies the tenant.
 */
@Component
public class AsaasIntegracao implements TipoIntegracao {

    public static final String TIPO = "asaas";
    public static final String BASE_URL_PADRAO = "https://api.asaas.com/v3";
    public static final String BASE_URL = "baseUrl";
    public static final String API_KEY = "apiKey";
    public static final String WEBHOOK_TOKEN = "webhookToken";
    /** Asaas asks for a strong token, such as a UUID; a short one could be guessed. */
    static final int TOKEN_MINIMO = 16;

    @Override
    public String tipo() {
        return TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        apenas(configuracao.keySet(), Set.of(BASE_URL), "configuração");
        apenas(segredos.keySet(), Set.of(API_KEY, WEBHOOK_TOKEN), "segredo");
        String baseUrl = configuracao.get(BASE_URL);
        if (baseUrl != null && !baseUrl.isBlank()) {
            validarUrl(baseUrl);
        }
        if (vazio(segredos.get(API_KEY))) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "Informe o segredo apiKey do Asaas");
        }
        String token = segredos.get(WEBHOOK_TOKEN);
        if (vazio(token) || token.length() < TOKEN_MINIMO) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA",
                    "Informe o segredo webhookToken (o authToken do webhook no Asaas) com ao menos " + TOKEN_MINIMO
                            + " caracteres");
        }
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of(WEBHOOK_TOKEN);
    }

    static void validarUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(url, "esquema ou host ausente");
            }
        } catch (URISyntaxException e) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "baseUrl deve ser uma URL http(s) absoluta");
        }
    }

    static void apenas(Set<String> nomes, Set<String> conhecidos, String oQue) {
        for (String nome : nomes) {
            if (!conhecidos.contains(nome)) {
                throw DomainException.invalido("INTEGRACAO_INVALIDA",
                        "Campo de " + oQue + " desconhecido: " + nome + " (aceitos: " + String.join(", ",
                                conhecidos.stream().sorted().toList()) + ")");
            }
        }
    }

    private static boolean vazio(String valor) {
        return valor == null || valor.isBlank();
    }
}
