package br.com.nexus.app.seguranca;

import br.com.nexus.kernel.seguranca.UsuarioId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refresh tokens by their SHA-256: the token itself is never stored. */
@Repository
class RefreshTokenRepository {

    record Registro(UsuarioId usuarioId, Instant expiraEm, Instant usadoEm) {
    }

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void salvar(String hash, UsuarioId usuarioId, Instant criadoEm, Instant expiraEm) {
        jdbc.sql("INSERT INTO refresh_token (hash, usuario_id, criado_em, expira_em) VALUES (?, ?, ?, ?)")
                .params(hash, usuarioId.valor(), Tempo.sql(criadoEm), Tempo.sql(expiraEm))
                .update();
    }

    /** Reads and locks the row, so two renewals racing with one token cannot both succeed. */
    Optional<Registro> bloquear(String hash) {
        return jdbc.sql("SELECT usuario_id, expira_em, usado_em FROM refresh_token WHERE hash = ? FOR UPDATE")
                .param(hash)
                .query((rs, i) -> new Registro(new UsuarioId(rs.getObject("usuario_id", UUID.class)),
                        Tempo.instante(rs, "expira_em"), Tempo.instante(rs, "usado_em")))
                .optional();
    }

    void marcarUsado(String hash, Instant quando) {
        jdbc.sql("UPDATE refresh_token SET usado_em = ? WHERE hash = ? AND usado_em IS NULL")
                .params(Tempo.sql(quando), hash)
                .update();
    }

    /** Ends every session of the user: none of its refresh tokens renews any more. */
    void revogarTodos(UsuarioId usuarioId, Instant quando) {
        jdbc.sql("UPDATE refresh_token SET usado_em = ? WHERE usuario_id = ? AND usado_em IS NULL")
                .params(Tempo.sql(quando), usuarioId.valor())
                .update();
    }

    void apagarExpirados(UsuarioId usuarioId, Instant agora) {
        jdbc.sql("DELETE FROM refresh_token WHERE usuario_id = ? AND expira_em < ?")
                .params(usuarioId.valor(), Tempo.sql(agora))
                .update();
    }
}
