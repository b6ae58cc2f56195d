package br.com.nexus.app.console;

import br.com.nexus.app.seguranca.UsuarioAtual;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What every console page shows (who is signed in, the menu of its role) and how pages fail. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    @ModelAttribute("usuario")
    UsuarioAutenticado usuario() {
        return UsuarioAtual.daRequisicao().orElse(null);
    }

    @ModelAttribute("menu")
    List<ItemDoMenu> menu() {
        return UsuarioAtual.daRequisicao().map(u -> ItemDoMenu.de(u.papel())).orElse(List.of());
    }

    /** A malformed id in the address is, for the operator, a page that does not exist. */
    @ExceptionHandler({PaginaNaoEncontrada.class, MethodArgumentTypeMismatchException.class})
    static ModelAndView naoEncontrada() {
        return pagina(HttpStatus.NOT_FOUND, "Página não encontrada",
                "O que você procura não existe ou não pertence à sua empresa.");
    }

    /** Left to the security chain, which answers them with the sign-in or the refusal page. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void seguranca(RuntimeException e) {
        throw e;
    }

    /**
     * A business refusal shows its own words (the API's problem+json detail); a request Spring MVC
     * itself refuses (a missing field, a wrong method) its status; anything else is the server's fault.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView falha(Exception e, HttpServletRequest request) {
        return paginaDaFalha(e, request);
    }

    static ModelAndView paginaDaFalha(Exception e, HttpServletRequest request) {
        if (Recusas.naoEncontrado(e)) {
            return naoEncontrada();
        }
        Optional<ErroDominio> recusa = Recusas.de(e);
        if (recusa.isPresent()) {
            return pagina(Recusas.status(recusa.get()), "Não foi possível concluir", recusa.get().message());
        }
        if (e instanceof ErrorResponse resposta && resposta.getStatusCode().is4xxClientError()) {
            return pagina(HttpStatus.valueOf(resposta.getStatusCode().value()), "Requisição inválida",
                    "O pedido chegou incompleto ou em formato inesperado; volte à página e tente de novo.");
        }
        return erroInterno(e, request);
    }

    private static ModelAndView erroInterno(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on console page {} {}", request.getMethod(), request.getRequestURI(), e);
        return pagina(HttpStatus.INTERNAL_SERVER_ERROR, "Algo deu errado",
                "Erro inesperado no servidor; nada foi perdido. Tente novamente em instantes.");
    }

    /** Exception handlers get a model of their own: the menu is added again here. */
    static ModelAndView pagina(HttpStatus status, String titulo, String detalhe) {
        UsuarioAutenticado usuario = UsuarioAtual.daRequisicao().orElse(null);
        ModelAndView pagina = new ModelAndView("console/erro", status);
        pagina.addObject("titulo", titulo);
        pagina.addObject("detalhe", detalhe);
        pagina.addObject("usuario", usuario);
        pagina.addObject("menu", usuario == null ? List.of() : ItemDoMenu.de(usuario.papel()));
        return pagina;
    }
}
