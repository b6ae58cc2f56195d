package br.com.nexus.command.integracao;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A tenant's settings for one integration, with its secrets already decrypted. Never serialize it. */
public record Integracao(TenantId tenantId, String tipo, Map<String, String> configuracao,
                         Map<String, String> segredos, Instant atualizadoEm) {

    public Optional<String> config(String nome) {
        return Optional.ofNullable(configuracao.get(nome)).filter(v -> !v.isBlank());
    }

    public Optional<String> segredo(String nome) {
        return Optional.ofNullable(segredos.get(nome)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "Integracao[" + tipo + ", tenant " + tenantId + ", segredos " + segredos.keySet() + "]";
    }
}
