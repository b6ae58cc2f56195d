package br.com.nexus.command.documento;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.cliente.Endereco;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code documento_pagador} table: what the command side knows of each cliente. */
@Repository
public class CadastrosDeClientes {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CadastrosDeClientes(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CadastroDoCliente> buscar(TenantId tenant, ClienteId clienteId) {
        List<CadastroDoCliente> encontrados = jdbc.query("""
                SELECT cliente_id, cpf, nome, whatsapp, whatsapp_original, email, endereco, consorcio
                FROM documento_pagador WHERE tenant_id = ? AND cliente_id = ?""",
                (rs, i) -> ler(rs), tenant.valor(), clienteId.valor());
        return encontrados.stream().findFirst();
    }

    /** Inserts or replaces; a null {@code cpf} keeps the one already known (updates do not carry it). */
    void salvar(TenantId tenant, ClienteId clienteId, Cpf cpf, String nome, TelefoneWhatsapp whatsapp, String email,
            Endereco endereco, DadosConsorcio consorcio) {
        jdbc.update("""
                INSERT INTO documento_pagador
                  (tenant_id, cliente_id, cpf, nome, whatsapp, whatsapp_original, email, endereco, consorcio)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, cliente_id) DO UPDATE SET
                  cpf = COALESCE(EXCLUDED.cpf, documento_pagador.cpf), nome = EXCLUDED.nome,
                  whatsapp = EXCLUDED.whatsapp, whatsapp_original = EXCLUDED.whatsapp_original,
                  email = EXCLUDED.email, endereco = EXCLUDED.endereco, consorcio = EXCLUDED.consorcio""",
                tenant.valor(), clienteId.valor(), cpf == null ? null : cpf.numero(), nome,
                whatsapp == null ? null : whatsapp.numero(), whatsapp == null ? null : whatsapp.original(), email,
                escrever(endereco), escrever(consorcio));
    }

    void apagarTodos() {
        jdbc.update("DELETE FROM documento_pagador");
    }

    private CadastroDoCliente ler(ResultSet rs) throws SQLException {
        String cpf = rs.getString("cpf");
        String whatsapp = rs.getString("whatsapp");
        return new CadastroDoCliente(new ClienteId(rs.getObject("cliente_id", UUID.class)),
                cpf == null ? null : Cpf.of(cpf), rs.getString("nome"),
                whatsapp == null ? null : new TelefoneWhatsapp(whatsapp, rs.getString("whatsapp_original")),
                rs.getString("email"), ler(rs.getString("endereco"), Endereco.class),
                ler(rs.getString("consorcio"), DadosConsorcio.class));
    }

    private String escrever(Object valor) {
        if (valor == null) {
            return null;
        }
        try {
            return json.writeValueAsString(valor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T ler(String texto, Class<T> tipo) {
        if (texto == null) {
            return null;
        }
        try {
            return json.readValue(texto, tipo);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
