package br.com.nexus.app.seguranca;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the console's sign-in form with the API's own rules and limits; the refusal's message
 * (wrong credentials, too many attempts) is what the sign-in page shows.
 */
@Component
class LoginDoConsole implements AuthenticationProvider {

    private final AutenticacaoService autenticacao;

    LoginDoConsole(AutenticacaoService autenticacao) {
        this.autenticacao = autenticacao;
    }

    @Override
    public Authentication authenticate(Authentication formulario) {
        String email = String.valueOf(formulario.getPrincipal());
        String senha = String.valueOf(formulario.getCredentials());
        String endereco = String.valueOf(formulario.getDetails());
        try {
            Usuario usuario = autenticacao.conferir(email, senha, endereco);
            return new SessaoDoConsole(usuario.autenticado(), Instant.now());
        } catch (RecusaDeAcesso e) {
            throw new BadCredentialsException(e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> tipo) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(tipo);
    }
}
