package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.kernel.seguranca.UsuarioId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UsuarioRepository {

    private final JdbcClient jdbc;

    UsuarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the e-mail is taken. */
    void inserir(Usuario u) {
        jdbc.sql("""
                INSERT INTO usuario (id, tenant_id, email, nome, senha_hash, papel, ativo, criado_em, atualizado_em,
                                     credenciais_alteradas_em)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(u.id().valor(), u.tenantId().valor(), u.email(), u.nome(), u.senhaHash(), u.papel().name(),
                        u.ativo(), Tempo.sql(u.criadoEm()), Tempo.sql(u.atualizadoEm()),
                        Tempo.sql(u.credenciaisAlteradasEm()))
                .update();
    }

    void atualizar(Usuario u) {
        jdbc.sql("""
                UPDATE usuario SET nome = ?, senha_hash = ?, papel = ?, ativo = ?, atualizado_em = ?,
                                   credenciais_alteradas_em = ?
                WHERE id = ? AND tenant_id = ?""")
                .params(u.nome(), u.senhaHash(), u.papel().name(), u.ativo(), Tempo.sql(u.atualizadoEm()),
                        Tempo.sql(u.credenciaisAlteradasEm()), u.id().valor(), u.tenantId().valor())
                .update();
    }

    Optional<Usuario> porEmail(String email) {
        return jdbc.sql("SELECT * FROM usuario WHERE email = ?").param(email).query(UsuarioRepository::usuario)
                .optional();
    }

    Optional<Usuario> porId(UsuarioId id) {
        return jdbc.sql("SELECT * FROM usuario WHERE id = ?").param(id.valor()).query(UsuarioRepository::usuario)
                .optional();
    }

    /** The user only if it belongs to the tenant: other tenants' users do not exist for the caller. */
    Optional<Usuario> doTenant(TenantId tenantId, UsuarioId id) {
        return jdbc.sql("SELECT * FROM usuario WHERE id = ? AND tenant_id = ?")
                .params(id.valor(), tenantId.valor())
                .query(UsuarioRepository::usuario)
                .optional();
    }

    List<Usuario> doTenant(TenantId tenantId) {
        return jdbc.sql("SELECT * FROM usuario WHERE tenant_id = ? ORDER BY email")
                .param(tenantId.valor())
                .query(UsuarioRepository::usuario)
                .list();
    }

    long administradoresAtivos(TenantId tenantId) {
        return jdbc.sql("SELECT count(*) FROM usuario WHERE tenant_id = ? AND papel IN ('ADMIN', 'PLATAFORMA') AND ativo")
                .param(tenantId.valor())
                .query(Long.class)
                .single();
    }

    boolean existeAlgum() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM usuario)").query(Boolean.class).single();
    }

    private static Usuario usuario(ResultSet rs, int linha) throws SQLException {
        return new Usuario(
                new UsuarioId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("email"),
                rs.getString("nome"),
                rs.getString("senha_hash"),
                Papel.valueOf(rs.getString("papel")),
                rs.getBoolean("ativo"),
                Tempo.instante(rs, "criado_em"),
                Tempo.instante(rs, "atualizado_em"),
                Tempo.instante(rs, "credenciais_alteradas_em"));
    }
}
