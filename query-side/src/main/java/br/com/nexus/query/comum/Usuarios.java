package br.com.nexus.query.comum;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The tenant a request reads: always the caller's own, never one named in the request. */
public final class Usuarios {

    private Usuarios() {
    }

    public static TenantId tenant(UsuarioAutenticado usuario) {
        if (usuario == null) {
            throw new AuthenticationCredentialsNotFoundException("Autenticação necessária");
        }
        return usuario.tenantId();
    }
}
