package br.com.nexus.command.api.lead;

import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a CPF already belongs to a cliente of the tenant, read from the command side's CPF
 * lookup. It lets a conversion whose cliente could never be registered be refused up front; the
 * lookup itself still decides, when the cliente is registered.
 */
@Component
class CpfsDeClientes {

    private final JdbcTemplate jdbc;

    CpfsDeClientes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean cadastrado(TenantId tenantId, Cpf cpf) {
        Integer quantos = jdbc.queryForObject("SELECT count(*) FROM cliente_cpf WHERE tenant_id = ? AND cpf = ?",
                Integer.class, tenantId.valor(), cpf.numero());
        return quantos != null && quantos > 0;
    }
}
