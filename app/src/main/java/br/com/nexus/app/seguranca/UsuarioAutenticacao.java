package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated request: its principal is the {@link UsuarioAutenticado} controllers receive
 * through {@code @AuthenticationPrincipal}, its one authority the user's role.
 */
final class UsuarioAutenticacao extends AbstractAuthenticationToken {

    private final UsuarioAutenticado usuario;
    private final transient Jwt token;

    UsuarioAutenticacao(UsuarioAutenticado usuario, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + usuario.papel().name())));
        this.usuario = usuario;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public UsuarioAutenticado getPrincipal() {
        return usuario;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return usuario.usuarioId().toString();
    }
}
