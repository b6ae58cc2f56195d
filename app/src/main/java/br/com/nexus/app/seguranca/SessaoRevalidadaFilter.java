package br.com.nexus.app.seguranca;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in user back on every console request, as the API does for its tokens: a user
 * deactivated, or whose password changed since sign-in, loses the session at once, and a new role
 * applies from the next page on.
 */
class SessaoRevalidadaFilter extends OncePerRequestFilter {

    private final UsuarioRepository usuarios;

    SessaoRevalidadaFilter(UsuarioRepository usuarios) {
        this.usuarios = usuarios;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication autenticacao = SecurityContextHolder.getContext().getAuthentication();
        if (autenticacao instanceof SessaoDoConsole sessao) {
            SecurityContext atual = SecurityContextHolder.createEmptyContext();
            usuarios.porId(sessao.getPrincipal().usuarioId())
                    .filter(Usuario::ativo)
                    .filter(u -> u.tenantId().equals(sessao.getPrincipal().tenantId()))
                    .filter(u -> u.aceitaTokenEmitidoEm(sessao.autenticadoEm()))
                    .ifPresentOrElse(
                            u -> atual.setAuthentication(new SessaoDoConsole(u.autenticado(), sessao.autenticadoEm())),
                            () -> encerrar(request));
            SecurityContextHolder.setContext(atual);
        }
        chain.doFilter(request, response);
    }

    private static void encerrar(HttpServletRequest request) {
        HttpSession sessao = request.getSession(false);
        if (sessao != null) {
            sessao.invalidate();
        }
    }
}
