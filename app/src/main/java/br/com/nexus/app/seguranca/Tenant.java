package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.TenantId;
import java.time.Instant;

/** A customer firm (empresa); all its data is invisible to the others. */
record Tenant(TenantId id, String nome, boolean plataforma, Instant criadoEm) {
}
