package br.com.nexus.command.portal;

import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code portal_cliente} table: the tenant's active clientes a run may pick. */
@Repository
class ClientesDoPortal {

    private static final RowMapper<ClienteDoPortal> CLIENTE = (rs, i) -> new ClienteDoPortal(
            new ClienteId(rs.getObject("cliente_id", UUID.class)), Cpf.of(rs.getString("cpf")), rs.getString("nome"));

    private final JdbcTemplate jdbc;

    ClientesDoPortal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active clientes of the tenant in a stable order (name, then id), optionally only those of a
     * ponto de venda (compared ignoring case and surrounding spaces) or with the given CPFs.
     */
    List<ClienteDoPortal> selecionar(TenantId tenant, String pontoDeVenda, Collection<Cpf> cpfs, Integer limite) {
        StringBuilder sql = new StringBuilder(
                "SELECT cliente_id, cpf, nome FROM portal_cliente WHERE tenant_id = ? AND ativo");
        List<Object> parametros = new ArrayList<>(List.of(tenant.valor()));
        if (pontoDeVenda != null) {
            sql.append(" AND lower(btrim(ponto_de_venda)) = lower(btrim(?))");
            parametros.add(pontoDeVenda);
        }
        if (cpfs != null && !cpfs.isEmpty()) {
            sql.append(" AND cpf = ANY (?)");
            parametros.add(cpfs.stream().map(Cpf::numero).distinct().toArray(String[]::new));
        }
        sql.append(" ORDER BY nome, cliente_id");
        if (limite != null) {
            sql.append(" LIMIT ?");
            parametros.add(limite);
        }
        return jdbc.query(sql.toString(), CLIENTE, parametros.toArray());
    }

    void salvar(TenantId tenant, ClienteId clienteId, Cpf cpf, String nome, String pontoDeVenda) {
        jdbc.update("""
                INSERT INTO portal_cliente (tenant_id, cliente_id, cpf, nome, ponto_de_venda, ativo)
                VALUES (?, ?, ?, ?, ?, TRUE)
                ON CONFLICT (tenant_id, cliente_id) DO UPDATE SET cpf = EXCLUDED.cpf, nome = EXCLUDED.nome,
                  ponto_de_venda = EXCLUDED.ponto_de_venda""",
                tenant.valor(), clienteId.valor(), cpf.numero(), nome, pontoDeVenda);
    }

    /** Updates name and ponto de venda of a cliente already known; an unknown one is left alone. */
    void atualizar(TenantId tenant, ClienteId clienteId, String nome, String pontoDeVenda) {
        jdbc.update("UPDATE portal_cliente SET nome = ?, ponto_de_venda = ? WHERE tenant_id = ? AND cliente_id = ?",
                nome, pontoDeVenda, tenant.valor(), clienteId.valor());
    }

    void inativar(TenantId tenant, ClienteId clienteId) {
        jdbc.update("UPDATE portal_cliente SET ativo = FALSE WHERE tenant_id = ? AND cliente_id = ?",
                tenant.valor(), clienteId.valor());
    }

    void apagarTodos() {
        jdbc.update("DELETE FROM portal_cliente");
    }
}
