package br.com.nexus.app.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * A failure on a console address that no page took (a body Spring MVC could not even read, such as a
 * broken multipart upload; a method no page answers; an address under a page that does not exist)
 * gets the console's error page, as a failure inside a page does, instead of the API's problem+json.
 */
@Component
class FalhaAntesDaPagina implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        boolean semPagina = handler == null || handler instanceof ResourceHttpRequestHandler;
        if (!semPagina || !daConsole(request.getRequestURI().substring(request.getContextPath().length()))) {
            return null;
        }
        return e instanceof NoResourceFoundException ? ConsoleAdvice.naoEncontrada()
                : ConsoleAdvice.paginaDaFalha(e, request);
    }

    private static boolean daConsole(String caminho) {
        return ItemDoMenu.TODOS.stream().map(ItemDoMenu::caminho)
                .anyMatch(pagina -> caminho.equals(pagina) || caminho.startsWith(pagina + "/"));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
