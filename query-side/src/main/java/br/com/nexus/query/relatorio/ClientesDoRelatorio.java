package br.com.nexus.query.relatorio;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.query.comum.Mascaras;
import br.com.nexus.query.comum.Parametros;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Name and masked CPF of the clientes a report's rows mention, read in one query. */
@Component
class ClientesDoRelatorio {

    record Identificacao(String nome, String cpfMascarado) {

        /** {@code Ana Souza (***.444.777-**)}, or what is known of it. */
        String texto() {
            String quem = nome == null ? "Cliente sem nome" : nome;
            return cpfMascarado == null ? quem : quem + " (" + cpfMascarado + ")";
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    ClientesDoRelatorio(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<ClienteId, Identificacao> buscar(TenantId tenant, Collection<ClienteId> clientes) {
        UUID[] ids = clientes.stream().filter(Objects::nonNull).map(ClienteId::valor).distinct().toArray(UUID[]::new);
        Map<ClienteId, Identificacao> encontrados = new HashMap<>();
        if (ids.length == 0) {
            return encontrados;
        }
        jdbc.query("SELECT cliente_id, nome, cpf FROM consulta_cliente WHERE tenant_id = :tenant"
                        + " AND cliente_id = ANY(:ids)",
                new Parametros("tenant", tenant.valor()).addValue("ids", ids),
                rs -> {
                    encontrados.put(new ClienteId(rs.getObject("cliente_id", UUID.class)),
                            new Identificacao(rs.getString("nome"), Mascaras.cpf(rs.getString("cpf"))));
                });
        return encontrados;
    }
}
