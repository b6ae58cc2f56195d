package br.com.nexus.command.pagamento.provedor.efi;

import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.saida.PoliticaDeSaida;
import br.com.nexus.kernel.comum.DomainException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.springframework.stereotype.Component;

/**
 * {@code PUT /api/integracoes/efi}: configuration {@code chavePix} (the key the charges are paid to)
 * and optionally {@code baseUrl} (default production, {@value #BASE_URL_PADRAO}; https on one of
 * {@link #HOSTS} or on a host the installation's operator added); secret {@code webhookHmac}, the value registered in the webhook
 * URL as {@code ?hmac=...&ignorar=}, which identifies the tenant; {@code clientId} and
 * {@code clientSecret}, as a pair, are what the server uses to ask Efí whether a notified PIX is
 * real before it confirms a payment, presenting the client certificate {@code certificado} (the .p12
 * Efí issues, in base64; {@code senhaCertificado} if it has a password) that Efí's API requires.
 */
@Component
public class EfiIntegracao implements TipoIntegracao {

    public static final String TIPO = "efi";
    public static final String CHAVE_PIX = "chavePix";
    public static final String BASE_URL = "baseUrl";
    public static final String WEBHOOK_HMAC = "webhookHmac";
    public static final String CLIENT_ID = "clientId";
    public static final String CLIENT_SECRET = "clientSecret";
    /** The PKCS#12 client certificate Efí issues, in base64; its password, if it has one. */
    public static final String CERTIFICADO = "certificado";
    public static final String SENHA_CERTIFICADO = "senhaCertificado";
    public static final String BASE_URL_PADRAO = "https://pix.api.efipay.com.br";
    /** The PIX API in production and in the sandbox ("homologação"), and their former Gerencianet names. */
    public static final Set<String> HOSTS = Set.of("pix.api.efipay.com.br", "pix-h.api.efipay.com.br",
            "api-pix.gerencianet.com.br", "api-pix-h.gerencianet.com.br");
    static final int HMAC_MINIMO = 16;

    private final PoliticaDeSaida saida;

    public EfiIntegracao(PoliticaDeSaida saida) {
        this.saida = saida;
    }

    @Override
    public String tipo() {
        return TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        apenas(configuracao.keySet(), Set.of(CHAVE_PIX, BASE_URL), "configuração");
        apenas(segredos.keySet(), Set.of(WEBHOOK_HMAC, CLIENT_ID, CLIENT_SECRET, CERTIFICADO, SENHA_CERTIFICADO), "segredo");
        String chave = configuracao.get(CHAVE_PIX);
        if (vazio(chave) || chave.length() > 77) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "Informe a chavePix (até 77 caracteres)");
        }
        String baseUrl = configuracao.get(BASE_URL);
        if (!vazio(baseUrl)) {
            saida.provedor(baseUrl, HOSTS, BASE_URL);
        }
        String hmac = segredos.get(WEBHOOK_HMAC);
        if (vazio(hmac) || hmac.length() < HMAC_MINIMO || !hmac.matches("[A-Za-z0-9_.~-]+")) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "Informe o segredo webhookHmac com ao menos "
                    + HMAC_MINIMO + " caracteres seguros para URL (letras, dígitos, - _ . ~)");
        }
        if (vazio(segredos.get(CLIENT_ID)) != vazio(segredos.get(CLIENT_SECRET))) {
            throw DomainException.invalido("INTEGRACAO_INVALIDA", "clientId e clientSecret vão juntos");
        }
        if (!vazio(segredos.get(CERTIFICADO))) {
            try {
                CertificadoDoCliente.contexto(segredos.get(CERTIFICADO), segredos.get(SENHA_CERTIFICADO));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalido("INTEGRACAO_INVALIDA", "certificado: informe o arquivo .p12 da Efí em "
                        + "base64 (e senhaCertificado, se ele tiver senha)");
            }
        }
    }

    /**
     * Where and as whom to call Efí's API; empty without client credentials. The URL is checked
     * again: settings saved before a policy change may point elsewhere.
     */
    Optional<EfiClient.Acesso> acesso(Integracao integracao) {
        Optional<String> id = integracao.segredo(CLIENT_ID);
        Optional<String> segredo = integracao.segredo(CLIENT_SECRET);
        if (id.isEmpty() || segredo.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = integracao.config(BASE_URL).orElse(BASE_URL_PADRAO);
        saida.provedor(baseUrl, HOSTS, BASE_URL);
        SSLContext tls = integracao.segredo(CERTIFICADO).map(c -> CertificadoDoCliente.contexto(c,
                integracao.segredo(SENHA_CERTIFICADO).orElse(""))).orElse(null);
        return Optional.of(new EfiClient.Acesso(baseUrl.strip(), id.get(), segredo.get(), tls));
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
