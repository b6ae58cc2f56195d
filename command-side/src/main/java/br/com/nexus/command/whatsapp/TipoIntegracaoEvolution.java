package br.com.nexus.command.whatsapp;

import br.com.nexus.command.integracao.TipoIntegracao;
import br.com.nexus.command.saida.PoliticaDeSaida;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The {@code evolution} integration: see {@link ConfiguracaoEvolution} for its settings. The
 * instance token and the webhook token are what Evolution's webhooks may present, so both
 * identify the tenant by hash. The server's URL must pass the installation's
 * {@link PoliticaDeSaida} (https, a public address).
 */
@Component
public class TipoIntegracaoEvolution implements TipoIntegracao {

    private final PoliticaDeSaida saida;

    public TipoIntegracaoEvolution(PoliticaDeSaida saida) {
        this.saida = saida;
    }

    @Override
    public String tipo() {
        return ConfiguracaoEvolution.TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        ConfiguracaoEvolution.validar(configuracao, segredos);
        saida.servidor(configuracao.get(ConfiguracaoEvolution.SERVIDOR_URL), ConfiguracaoEvolution.SERVIDOR_URL);
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of(ConfiguracaoEvolution.API_KEY, ConfiguracaoEvolution.WEBHOOK_TOKEN);
    }
}
