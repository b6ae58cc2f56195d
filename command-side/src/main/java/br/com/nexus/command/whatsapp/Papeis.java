package br.com.nexus.command.whatsapp;

import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what on the WhatsApp endpoints, checked in the endpoint itself so the rule holds
 * whatever the URL rules say; a refusal becomes the usual 403 problem.
 */
public final class Papeis {

    private Papeis() {
    }

    public static void exigir(UsuarioAutenticado usuario, Papel... permitidos) {
        if (usuario == null) {
            throw new AccessDeniedException("Autenticação exigida");
        }
        if (Arrays.stream(permitidos).noneMatch(p -> p == usuario.papel())) {
            throw new AccessDeniedException("Papel " + usuario.papel() + " não pode fazer isto");
        }
    }
}
