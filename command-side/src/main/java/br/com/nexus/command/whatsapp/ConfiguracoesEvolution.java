package br.com.nexus.command.whatsapp;

import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads tenants' {@code evolution} integrations (secrets decrypted) as {@link ConfiguracaoEvolution}. */
@Component
public class ConfiguracoesEvolution {

    private static final Logger log = LoggerFactory.getLogger(ConfiguracoesEvolution.class);

    private final IntegracaoRepository integracoes;

    public ConfiguracoesEvolution(IntegracaoRepository integracoes) {
        this.integracoes = integracoes;
    }

    public Optional<ConfiguracaoEvolution> doTenant(TenantId tenantId) {
        return integracoes.buscar(tenantId, ConfiguracaoEvolution.TIPO).flatMap(integracao -> {
            try {
                return Optional.of(ConfiguracaoEvolution.de(integracao));
            } catch (DomainException e) {
                log.warn("Tenant {} has an unusable evolution integration: {}", tenantId, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Every tenant whose integration names this instance (one per server, normally one in all). */
    public List<ConfiguracaoEvolution> daInstancia(String instancia) {
        return integracoes.tenantsCom(ConfiguracaoEvolution.TIPO).stream()
                .map(this::doTenant)
                .flatMap(Optional::stream)
                .filter(c -> c.instancia().equals(instancia))
                .toList();
    }
}
