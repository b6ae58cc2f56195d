package br.com.nexus.command.cliente;

import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ImportarClienteCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers clientes, claiming the CPF in {@link ClienteCpfLookup} in the same transaction; the
 * aggregate's events are only stored when that transaction commits, so a refused CPF leaves none.
 */
@Component
class ClienteCommandHandler {

    private final Repository<Cliente> clientes;
    private final ClienteCpfLookup cpfs;

    ClienteCommandHandler(Repository<Cliente> clientes, ClienteCpfLookup cpfs) {
        this.clientes = clientes;
        this.cpfs = cpfs;
    }

    @CommandHandler
    void handle(CadastrarClienteCommand comando) throws Exception {
        clientes.loadOrCreate(comando.clienteId().toString(), Cliente::new).execute(c -> c.cadastrar(comando));
        cpfs.reservar(comando.tenantId(), comando.cpf(), comando.clienteId());
    }

    @CommandHandler
    void handle(ImportarClienteCommand comando) throws Exception {
        clientes.loadOrCreate(comando.clienteId().toString(), Cliente::new).execute(c -> c.importar(comando));
        cpfs.reservar(comando.tenantId(), comando.cpf(), comando.clienteId());
    }
}
