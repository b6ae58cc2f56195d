package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioId;
import java.time.Instant;

/** What the API shows of a user: never its password or hash. */
record UsuarioView(UsuarioId id, TenantId tenantId, String email, String nome, Papel papel, boolean ativo,
                   Instant criadoEm, Instant atualizadoEm) {

    static UsuarioView de(Usuario u) {
        return new UsuarioView(u.id(), u.tenantId(), u.email(), u.nome(), u.papel(), u.ativo(), u.criadoEm(),
                u.atualizadoEm());
    }
}
