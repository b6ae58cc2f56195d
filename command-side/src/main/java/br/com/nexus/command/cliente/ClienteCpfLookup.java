package br.com.nexus.command.cliente;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The CPFs taken within each tenant (table {@code cliente_cpf}), written in the transaction that
 * handles the registration. Two concurrent registrations of one CPF: the second insert waits for
 * the first transaction and then fails on the primary key.
 */
@Component
class ClienteCpfLookup {

    private final JdbcTemplate jdbc;

    ClienteCpfLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void reservar(TenantId tenantId, Cpf cpf, ClienteId clienteId) {
        try {
            jdbc.update("INSERT INTO cliente_cpf (tenant_id, cpf, cliente_id) VALUES (?, ?, ?)",
                    tenantId.valor(), cpf.numero(), clienteId.valor());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflito("CPF_DUPLICADO", "Já existe um cliente com o CPF " + cpf.mascarado());
        }
    }
}
