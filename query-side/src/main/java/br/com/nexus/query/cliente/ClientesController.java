package br.com.nexus.query.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.consulta.cliente.BuscarClienteQuery;
import br.com.nexus.kernel.consulta.cliente.BuscarTimelineClienteQuery;
import br.com.nexus.kernel.consulta.cliente.ClienteDetalhe;
import br.com.nexus.kernel.consulta.cliente.ListarClientesQuery;
import br.com.nexus.kernel.consulta.cliente.PaginaDeClientes;
import br.com.nexus.kernel.consulta.cliente.TimelineCliente;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import br.com.nexus.query.comum.Consultas;
import br.com.nexus.query.comum.Paginacao;
import br.com.nexus.query.comum.Usuarios;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Clientes")
@RestController
class ClientesController {

    private final Consultas consultas;

    ClientesController(Consultas consultas) {
        this.consultas = consultas;
    }

    @Operation(summary = "Lista os clientes")
    @GetMapping("/api/clientes")
    PaginaDeClientes listar(@AuthenticationPrincipal UsuarioAutenticado usuario,
            @RequestParam(required = false) String busca,
            @RequestParam(required = false) String pontoDeVenda,
            @RequestParam(required = false) String consultor,
            @RequestParam(required = false) Boolean ativo,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paginacao.TAMANHO_PADRAO) int size) {
        Paginacao.validar(page, size);
        return consultas.buscar(new ListarClientesQuery(Usuarios.tenant(usuario), busca, pontoDeVenda, consultor, ativo,
                Paginacao.ordenacao(sort, ClientesProjection.ORDENACOES.keySet()), page, size), PaginaDeClientes.class);
    }

    @Operation(summary = "Detalha um cliente")
    @GetMapping("/api/clientes/{id}")
    ClienteDetalhe buscar(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarClienteQuery(Usuarios.tenant(usuario), new ClienteId(id)),
                ClienteDetalhe.class).orElseThrow(ClientesController::naoEncontrado);
    }

    @Operation(summary = "Linha do tempo do cliente")
    @GetMapping("/api/clientes/{id}/timeline")
    TimelineCliente timeline(@AuthenticationPrincipal UsuarioAutenticado usuario, @PathVariable UUID id) {
        return consultas.buscarOpcional(new BuscarTimelineClienteQuery(Usuarios.tenant(usuario), new ClienteId(id)),
                TimelineCliente.class).orElseThrow(ClientesController::naoEncontrado);
    }

    private static DomainException naoEncontrado() {
        return DomainException.naoEncontrado("CLIENTE_NAO_ENCONTRADO", "Cliente não encontrado");
    }
}
