package br.com.nexus.app.console;

import br.com.nexus.app.seguranca.UsuarioAtual;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What every console page shows (who is signed in, the menu of its role) and how pages fail. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

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
    ModelAndView naoEncontrada() {
        return pagina(HttpStatus.NOT_FOUND, "Página não encontrada",
                "O que você procura não existe ou não pertence à sua empresa.");
    }

    /** A business refusal shows its own words (the API's problem+json detail); anything else is the server's fault. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView falha(RuntimeException e) {
        if (Recusas.naoEncontrado(e)) {
            return naoEncontrada();
        }
        ErroDominio erro = Recusas.de(e).orElseThrow(() -> e);
        return pagina(HttpStatus.BAD_REQUEST, "Não foi possível abrir a página", erro.message());
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
