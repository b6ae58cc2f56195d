package br.com.nexus.command.portal;

import br.com.nexus.kernel.cliente.ClienteAtualizado;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteImportado;
import br.com.nexus.kernel.cliente.ClienteInativado;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code portal_cliente} from the cliente events: CPF, the name the PDF file is named after
 * and the ponto de venda a run filters on. Replayable: upserts, guarded updates, and a reset
 * clears only this table.
 */
@Component
@ProcessingGroup("portal-clientes")
class ClientesDoPortalProjection {

    private final ClientesDoPortal clientes;

    ClientesDoPortalProjection(ClientesDoPortal clientes) {
        this.clientes = clientes;
    }

    @EventHandler
    void on(ClienteCadastrado evento) {
        clientes.salvar(evento.tenantId(), evento.clienteId(), evento.cpf(), evento.nome(), ponto(evento.consorcio()));
    }

    @EventHandler
    void on(ClienteImportado evento) {
        clientes.salvar(evento.tenantId(), evento.clienteId(), evento.cpf(), evento.nome(), ponto(evento.consorcio()));
    }

    @EventHandler
    void on(ClienteAtualizado evento) {
        clientes.atualizar(evento.tenantId(), evento.clienteId(), evento.nome(), ponto(evento.consorcio()));
    }

    @EventHandler
    void on(ClienteInativado evento) {
        clientes.inativar(evento.tenantId(), evento.clienteId());
    }

    @ResetHandler
    void reset() {
        clientes.apagarTodos();
    }

    private static String ponto(DadosConsorcio consorcio) {
        return consorcio == null || consorcio.pontoDeVenda() == null || consorcio.pontoDeVenda().isBlank() ? null
                : consorcio.pontoDeVenda().strip();
    }
}
