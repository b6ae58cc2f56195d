package br.com.nexus.command.pagamento.provedor.efi;

import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.kernel.comum.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code PUT /api/integracoes/efi}: configuration {@code chavePix} (the key the charges are paid to)
 * and optionally {@code baseUrl}; secret {@code webhookHmac}, the value registered in the webhook
 * URL as {@code ?hmac=...&ignorar=}, which identifies the tenant; {@code clientId} and
 * {@code clientSecret} are kept for calls to Efí's API, as a pair.
 */
@Component
public class EfiIntegracao implements TipoIntegracao {

    public static final String TIPO = "efi";
    public static final String CHAVE_PIX = "chavePix";
    public static final String BASE_URL = "baseUrl";
    public static final String WEBHOOK_HMAC = "webhookHmac";
    public static final String CLIENT_ID = "clientId";
    public static final String CLIENT_SECRET = "clientSecret";
    static final int HMAC_MINIMO = 16;

    @Override
    public String tipo() {
        return TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        apenas(configuracao.keySet(), Set.of(CHAVE_PIX, BASE_URL), "configuração");
        apenas(segredos.keySet(), Set.of(WEBHOOK_HMAC, CLIENT_ID, CLIENT_SECRET), "segredo");
        String chave = configuracao.get(CHAVE_PIX);
        if (vazio(chave) || chave.length() > 77) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "Informe a chavePix (até 77 caracteres)");
        }
        String baseUrl = configuracao.get(BASE_URL);
        if (!vazio(baseUrl)) {
            try {
                URI uri = new URI(baseUrl);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(baseUrl, "esquema ou host ausente");
                }
            } catch (URISyntaxException e) {
                throw DomainException.invalido("INTEGRACAO_INVALIDA", "baseUrl deve ser uma URL http(s) absoluta");
            }
        }
        String hmac = segredos.get(WEBHOOK_HMAC);
        if (vazio(hmac) || hmac.length() < HMAC_MINIMO || !hmac.matches("[A-Za-z0-9_.~-]+")) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "Informe o segredo webhookHmac com ao menos "
                    + HMAC_MINIMO + " caracteres seguros para URL (letras, dígitos, - _ . ~)");
        }
        if (vazio(segredos.get(CLIENT_ID)) != vazio(segredos.get(CLIENT_SECRET))) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "clientId e clientSecret vão juntos");
        }
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of(WEBHOOK_HMAC);
    }

    private static void apenas(Set<String> nomes, Set<String> conhecidos, String oQue) {
        for (String nome : nomes) {
            if (!conhecidos.contains(nome)) {
                throw DomainException.invalido("INTEGRACAO_INVALIDA", "Campo de " + oQue + " desconhecido: " + nome
                        + " (aceitos: " + String.join(", ", conhecidos.stream().sorted().toList()) + ")");
            }
        }
    }

    private static boolean vazio(String valor) {
        return valor == null || valor.isBlank();
    }
}
