package br.com.nexus.command.whatsapp;

import br.com.nexus.command.integracao.TipoIntegracao;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The {@code evolution} integration: see {@link ConfiguracaoEvolution} for its settings. The
 * instance token and the webhook token are what Evolution's webhooks may present, so both
 * identify the tenant by hash.
 */
@Component
public class TipoIntegracaoEvolution implements TipoIntegracao {

    @Override
    public String tipo() {
        return ConfiguracaoEvolution.TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        ConfiguracaoEvolution.validar(configuracao, segredos);
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of(ConfiguracaoEvolution.API_KEY, ConfiguracaoEvolution.WEBHOOK_TOKEN);
    }
}
