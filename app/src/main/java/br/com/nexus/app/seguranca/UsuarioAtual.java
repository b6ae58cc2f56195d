package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current request was authenticated as, when it carried one of our tokens. */
public final class UsuarioAtual {

    private UsuarioAtual() {
    }

    public static Optional<UsuarioAutenticado> daRequisicao() {
        Authentication autenticacao = SecurityContextHolder.getContext().getAuthentication();
        return autenticacao != null && autenticacao.getPrincipal() instanceof UsuarioAutenticado usuario
                ? Optional.of(usuario) : Optional.empty();
    }
}
