package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.kernel.comum.DomainException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code PUT /api/integracoes/asaas}: configuration {@code baseUrl} (default production,
 * {@value #BASE_URL_PADRAO}; the sandbox is {@code https://api-sandbox.asaas.com/v3}); secrets
 * {@code apiKey} (sent as {@code access_token}) and {@code webhookToken}, the authToken configured
 * on the Asaas webhook, which Asaas presents in the {@code asaas-access-token} header and which
 * identifies the tenant. The {@code baseUrl} must be https on one of {@link #HOSTS} (or a host the
 * installation's operator added in {@code nexus.seguranca.saida.hosts-adicionais}): the server
 * sends the tenant's key there and must not be steered anywhere else.
 */
@Component
public class AsaasIntegracao implements TipoIntegracao {

    public static final String TIPO = "asaas";
    public static final String BASE_URL_PADRAO = "https://api.asaas.com/v3";
    public static final String BASE_URL = "baseUrl";
    public static final String API_KEY = "apiKey";
    public static final String WEBHOOK_TOKEN = "webhookToken";
    /** Production, sandbox, and the sandbox's older address (PROTOCOLS.md §2.1). */
    public static final Set<String> HOSTS = Set.of("api.asaas.com", "api-sandbox.asaas.com", "sandbox.asaas.com");
    /** Asaas asks for a strong token, such as a UUID; a short one could be guessed. */
    static final int TOKEN_MINIMO = 16;

    private final PoliticaDeSaida saida;

    public AsaasIntegracao(PoliticaDeSaida saida) {
        this.saida = saida;
    }

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
            saida.provedor(baseUrl, HOSTS, BASE_URL);
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

    /**
     * Where and as whom to call Asaas for this tenant. The URL is checked again: settings saved
     * before a policy change may point elsewhere.
     */
    AsaasClient.Acesso acesso(Integracao integracao) {
        String baseUrl = integracao.config(BASE_URL).orElse(BASE_URL_PADRAO);
        saida.provedor(baseUrl, HOSTS, BASE_URL);
        return new AsaasClient.Acesso(baseUrl.strip(), integracao.segredo(API_KEY).orElseThrow(),
                integracao.tenantId().toString());
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of(WEBHOOK_TOKEN);
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
