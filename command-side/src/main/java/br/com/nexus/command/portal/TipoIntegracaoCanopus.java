package br.com.nexus.command.portal;

import br.com.nexus.command.integracao.TipoIntegracao;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The {@code canopus} integration (see {@link ConfiguracaoCanopus}); the portal sends no webhooks. */
@Component
class TipoIntegracaoCanopus implements TipoIntegracao {

    private final PortalProperties properties;

    TipoIntegracaoCanopus(PortalProperties properties) {
        this.properties = properties;
    }

    @Override
    public String tipo() {
        return ConfiguracaoCanopus.TIPO;
    }

    @Override
    public void validar(Map<String, String> configuracao, Map<String, String> segredos) {
        ConfiguracaoCanopus.validar(configuracao, segredos, properties);
    }

    @Override
    public Set<String> segredosDeWebhook() {
        return Set.of();
    }
}
