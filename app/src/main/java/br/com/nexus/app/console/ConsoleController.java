package br.com.nexus.app.console;

import br.com.nexus.app.seguranca.UsuarioAtual;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Sign-in page, the entrance and the refusal page; signing in and out themselves are the security chain's. */
@Hidden
@Controller
class ConsoleController {

    @GetMapping("/")
    String inicio() {
        return "redirect:/painel";
    }

    @GetMapping("/entrar")
    String entrar() {
        return UsuarioAtual.daRequisicao().isPresent() ? "redirect:/painel" : "console/entrar";
    }

    @RequestMapping("/acesso-negado")
    ModelAndView acessoNegado() {
        return ConsoleAdvice.pagina(HttpStatus.FORBIDDEN, "Acesso negado",
                "Seu papel não permite abrir esta página ou fazer esta operação.");
    }
}
