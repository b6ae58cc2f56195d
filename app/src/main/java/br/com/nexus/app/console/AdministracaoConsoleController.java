package br.com.nexus.app.console;

import br.com.nexus.app.seguranca.CadastroDeUsuarios;
import br.com.nexus.app.seguranca.RecusaDeAcesso;
import br.com.nexus.app.seguranca.Usuario;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.kernel.seguranca.UsuarioId;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administração (ADMIN): the firm's users, a new user with a role, a role change, deactivation and
 * reactivation, through the same service, password policy and refusals as /api/usuarios.
 */
@Hidden
@Controller
class AdministracaoConsoleController {

    private static final int NOME_MAXIMO = 120;

    private final CadastroDeUsuarios cadastro;

    AdministracaoConsoleController(CadastroDeUsuarios cadastro) {
        this.cadastro = cadastro;
    }

    /** What the creation form keeps when it is shown again after a refusal (never the password). */
    record NovoUsuario(String nome, String email, String papel) {

        static final NovoUsuario VAZIO = new NovoUsuario("", "", Papel.OPERADOR.name());
    }

    @GetMapping("/administracao")
    String administracao(@AuthenticationPrincipal UsuarioAutenticado admin, Model model) {
        return pagina(admin, NovoUsuario.VAZIO, model);
    }

    @PostMapping("/administracao/usuarios")
    String criar(@AuthenticationPrincipal UsuarioAutenticado admin, @RequestParam(defaultValue = "") String nome,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String senha,
            @RequestParam(defaultValue = "") String papel, Model model, HttpServletResponse resposta,
            RedirectAttributes avisos) {
        NovoUsuario formulario = new NovoUsuario(nome.strip(), email.strip(), papel);
        Optional<Papel> escolhido = papel(papel);
        String recusa = formulario.nome().isEmpty() || formulario.nome().length() > NOME_MAXIMO
                ? "Informe o nome (até " + NOME_MAXIMO + " caracteres)."
                : escolhido.isEmpty() ? "Escolha um papel: " + Papel.DA_EMPRESA + "." : null;
        if (recusa == null) {
            try {
                Usuario criado = cadastro.criarUsuario(admin.tenantId(), formulario.email(), formulario.nome(), senha,
                        escolhido.get());
                avisos.addFlashAttribute("sucesso", "Usuário " + criado.email() + " criado com o papel "
                        + criado.papel() + ".");
                return "redirect:/administracao";
            } catch (RuntimeException e) {
                resposta.setStatus(status(e).value());
                recusa = mensagem(e);
            }
        } else {
            resposta.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("erro", recusa);
        return pagina(admin, formulario, model);
    }

    @PostMapping("/administracao/usuarios/{id}/papel")
    String mudarPapel(@AuthenticationPrincipal UsuarioAutenticado admin, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String papel, RedirectAttributes avisos) {
        Optional<Papel> escolhido = papel(papel);
        if (escolhido.isEmpty()) {
            avisos.addFlashAttribute("erro", "Escolha um papel: " + Papel.DA_EMPRESA + ".");
            return "redirect:/administracao";
        }
        return alterar(admin, id, new CadastroDeUsuarios.Alteracao(null, escolhido.get(), null, null),
                "Papel alterado para " + escolhido.get() + ".", avisos);
    }

    @PostMapping("/administracao/usuarios/{id}/ativo")
    String ativar(@AuthenticationPrincipal UsuarioAutenticado admin, @PathVariable UUID id,
            @RequestParam boolean ativo, RedirectAttributes avisos) {
        return alterar(admin, id, new CadastroDeUsuarios.Alteracao(null, null, ativo, null),
                ativo ? "Usuário reativado." : "Usuário desativado: suas sessões terminaram.", avisos);
    }

    private String alterar(UsuarioAutenticado admin, UUID id, CadastroDeUsuarios.Alteracao alteracao,
            String sucesso, RedirectAttributes avisos) {
        try {
            Usuario alterado = cadastro.alterar(admin.tenantId(), new UsuarioId(id), alteracao);
            avisos.addFlashAttribute("sucesso", alterado.email() + ": " + sucesso);
        } catch (RuntimeException e) {
            if (Recusas.naoEncontrado(e)) {
                throw new PaginaNaoEncontrada();
            }
            avisos.addFlashAttribute("erro", mensagem(e));
        }
        return "redirect:/administracao";
    }

    private String pagina(UsuarioAutenticado admin, NovoUsuario formulario, Model model) {
        List<Usuario> usuarios = cadastro.listar(admin.tenantId()).stream()
                .sorted(Comparator.comparing(Usuario::ativo).reversed().thenComparing(Usuario::email))
                .toList();
        model.addAttribute("usuarios", usuarios);
        model.addAttribute("papeis", Papel.DA_EMPRESA);
        model.addAttribute("novo", formulario);
        return "console/administracao";
    }

    private static Optional<Papel> papel(String nome) {
        return Papel.DA_EMPRESA.stream().filter(p -> p.name().equals(nome)).findFirst();
    }

    /** The refusal in the API's words: a business rule's detail, or too many attempts (429). */
    private static String mensagem(RuntimeException e) {
        if (e instanceof RecusaDeAcesso recusa) {
            return recusa.getMessage();
        }
        return Recusas.de(e).map(ErroDominio::message).orElseThrow(() -> e);
    }

    private static HttpStatus status(RuntimeException e) {
        if (e instanceof RecusaDeAcesso) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        return Recusas.de(e).map(Recusas::status).orElseThrow(() -> e);
    }
}
