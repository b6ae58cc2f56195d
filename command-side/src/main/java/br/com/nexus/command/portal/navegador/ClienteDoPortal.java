package br.com.nexus.command.portal.navegador;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import java.util.Objects;

/** A cliente to look up on the portal, with the name its PDF file will carry. */
public record ClienteDoPortal(ClienteId clienteId, Cpf cpf, String nome) {

    public ClienteDoPortal {
        Objects.requireNonNull(clienteId, "clienteId");
        Objects.requireNonNull(cpf, "cpf");
    }
}
