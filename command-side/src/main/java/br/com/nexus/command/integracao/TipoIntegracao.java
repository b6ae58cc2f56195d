package br.com.nexus.command.integracao;

import java.util.Map;
import java.util.Set;

/**
 * One kind of per-tenant integration (evolution, asaas, efi): which settings and secrets it takes
 * and which of its secrets a webhook presents to identify the tenant. Each gateway contributes a
 * bean; {@code PUT /api/integracoes/{tipo}} accepts only the kinds that have one.
 */
public interface TipoIntegracao {

    /** The path segment: {@code evolution}, {@code asaas}, {@code efi}. */
    String tipo();

    /**
     * Rejects (with a {@link br.com.nexus.kernel.comum.DomainException}) settings that cannot work.
     * {@code segredos} holds every secret the integration will have after the save.
     */
    void validar(Map<String, String> configuracao, Map<String, String> segredos);

    /** Names of the secrets whose SHA-256 identifies the tenant when a webhook presents them. */
    Set<String> segredosDeWebhook();
}
