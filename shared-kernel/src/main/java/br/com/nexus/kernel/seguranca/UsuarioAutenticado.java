package br.com.nexus.kernel.seguranca;

import br.com.nexus.kernel.comum.TenantId;

/** The caller of a request, as proven by its token. */
public record UsuarioAutenticado(
        UsuarioId usuarioId,
        TenantId tenantId,
        String email,
        Papel papel) {
}
