package br.com.nexus.app.console;

import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.auditoria.TrilhaDeAuditoria;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Auditoria: the history of one lead, cliente, boleto, disparo or pagamento, read from the event
 * store as the API reads it, with who caused each event and when.
 */
@Hidden
@Controller
class AuditoriaConsoleController {

    static final List<String> TIPOS = List.of("cliente", "boleto", "lead", "disparo", "pagamento");

    private final TrilhaDeAuditoria trilha;

    AuditoriaConsoleController(TrilhaDeAuditoria trilha) {
        this.trilha = trilha;
    }

    @GetMapping("/auditoria")
    String auditoria(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(defaultValue = "cliente") String tipo, @RequestParam(defaultValue = "") String id,
            Model model, HttpServletResponse resposta) {
        String procurado = id.strip();
        model.addAttribute("tipos", TIPOS);
        model.addAttribute("tipo", TIPOS.contains(tipo) ? tipo : "cliente");
        model.addAttribute("id", procurado);
        if (!procurado.isEmpty()) {
            try {
                model.addAttribute("eventos", trilha.eventos(tipo, procurado, usuario.tenantId(), 0,
                        TrilhaDeAuditoria.LIMITE_PADRAO));
            } catch (RuntimeException e) {
                ErroDominio erro = Recusas.de(e).orElseThrow(() -> e);
                resposta.setStatus(Recusas.status(erro).value());
                model.addAttribute("erro", erro.message());
            }
        }
        return "console/auditoria";
    }
}
