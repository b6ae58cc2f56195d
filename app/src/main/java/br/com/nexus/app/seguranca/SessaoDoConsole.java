package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A console sign-in kept in the HTTP session. Its principal is the same {@link UsuarioAutenticado}
 * the API's tokens carry, so the pages ask the query and command buses exactly as the API does.
 */
final class SessaoDoConsole extends AbstractAuthenticationToken {

    private final UsuarioAutenticado usuario;
    private final Instant autenticadoEm;

    SessaoDoConsole(UsuarioAutenticado usuario, Instant autenticadoEm) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + usuario.papel().name())));
        this.usuario = usuario;
        this.autenticadoEm = autenticadoEm;
        setAuthenticated(true);
    }

    @Override
    public UsuarioAutenticado getPrincipal() {
        return usuario;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return usuario.usuarioId().toString();
    }

    Instant autenticadoEm() {
        return autenticadoEm;
    }
}
