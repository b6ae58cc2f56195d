package br.com.nexus.app.console;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.RegistrarOptInWhatsappCommand;
import br.com.nexus.kernel.cliente.RegistrarOptOutWhatsappCommand;
import br.com.nexus.kernel.consulta.boleto.ListarBoletosQuery;
import br.com.nexus.kernel.consulta.boleto.PaginaDeBoletos;
import br.com.nexus.kernel.consulta.cliente.BuscarClienteQuery;
import br.com.nexus.kernel.consulta.cliente.BuscarTimelineClienteQuery;
import br.com.nexus.kernel.consulta.cliente.ClienteDetalhe;
import br.com.nexus.kernel.consulta.cliente.ListarClientesQuery;
import br.com.nexus.kernel.consulta.cliente.PaginaDeClientes;
import br.com.nexus.kernel.consulta.cliente.TimelineCliente;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clientes: the list with search and pages, one cliente with its boletos and timeline, WhatsApp opt-out and opt-in. */
@Hidden
@Controller
class ClientesConsoleController {

    static final int POR_PAGINA = 20;
    private static final int MOTIVO_MAXIMO = 2000;

    private final Consultas consultas;
    private final CommandGateway comandos;
    private final Leitura leitura;

    ClientesConsoleController(Consultas consultas, CommandGateway comandos, Leitura leitura) {
        this.consultas = consultas;
        this.comandos = comandos;
        this.leitura = leitura;
    }

    @GetMapping("/clientes")
    String listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) String busca,
            @RequestParam(defaultValue = "1") int pagina, Model model) {
        Paginas paginas = Paginas.de(pagina);
        PaginaDeClientes clientes = consultas.buscar(new ListarClientesQuery(usuario.tenantId(), busca, null, null,
                null, null, paginas.indice(), POR_PAGINA), PaginaDeClientes.class);
        model.addAttribute("busca", busca == null ? "" : busca.strip());
        model.addAttribute("clientes", clientes);
        model.addAttribute("paginas", paginas.com(clientes.total(), POR_PAGINA));
        return "console/clientes";
    }

    @GetMapping("/clientes/{id}")
    String detalhar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id, Model model) {
        ClienteId clienteId = new ClienteId(id);
        ClienteDetalhe cliente = cliente(usuario, clienteId);
        model.addAttribute("cliente", cliente);
        model.addAttribute("boletos", consultas.buscar(new ListarBoletosQuery(usuario.tenantId(), null, null, null,
                clienteId, null, null, null, 0, 50), PaginaDeBoletos.class));
        model.addAttribute("timeline", consultas.buscarOpcional(
                new BuscarTimelineClienteQuery(usuario.tenantId(), clienteId), TimelineCliente.class)
                .map(TimelineCliente::eventos).orElse(java.util.List.of()));
        return "console/cliente";
    }

    @PostMapping("/clientes/{id}/opt-out")
    String optOut(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String motivo, RedirectAttributes avisos) {
        ClienteId clienteId = new ClienteId(id);
        String limpo = motivo.strip();
        if (limpo.isEmpty() || limpo.length() > MOTIVO_MAXIMO) {
            avisos.addFlashAttribute("erro", "Informe o motivo do opt-out (até " + MOTIVO_MAXIMO + " caracteres).");
            return "redirect:/clientes/" + id;
        }
        return executar(() -> comandos.sendAndWait(new RegistrarOptOutWhatsappCommand(clienteId, usuario.tenantId(),
                limpo)), usuario, clienteId, true, "Opt-out registrado: o cliente não recebe mais mensagens.", avisos);
    }

    @PostMapping("/clientes/{id}/opt-in")
    String optIn(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id,
            RedirectAttributes avisos) {
        ClienteId clienteId = new ClienteId(id);
        return executar(() -> comandos.sendAndWait(new RegistrarOptInWhatsappCommand(clienteId, usuario.tenantId())),
                usuario, clienteId, false, "Opt-in registrado: o cliente volta a receber mensagens.", avisos);
    }

    /** Sends the command, then waits (briefly) for the cliente's page to show it, so the operator sees what was done. */
    private String executar(Runnable comando, UsuarioAutenticado usuario, ClienteId clienteId, boolean optOut,
            String sucesso, RedirectAttributes avisos) {
        cliente(usuario, clienteId);
        try {
            leitura.executarSobreOpcional(comando, new BuscarClienteQuery(usuario.tenantId(), clienteId),
                    ClienteDetalhe.class, cliente -> cliente.whatsappOptOut() == optOut);
            avisos.addFlashAttribute("sucesso", sucesso);
        } catch (RuntimeException e) {
            avisos.addFlashAttribute("erro", Recusas.de(e).orElseThrow(() -> e).message());
        }
        return "redirect:/clientes/" + clienteId;
    }

    private ClienteDetalhe cliente(UsuarioAutenticado usuario, ClienteId clienteId) {
        return consultas.buscarOpcional(new BuscarClienteQuery(usuario.tenantId(), clienteId), ClienteDetalhe.class)
                .orElseThrow(PaginaNaoEncontrada::new);
    }
}
