package br.com.nexus.app.idempotencia;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.UsuarioId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys and their answers in PostgreSQL. A key is claimed by one INSERT ... ON CONFLICT, so
 * concurrent requests, on one node or on several over the same database, agree on who runs it.
 * Each statement commits on its own: the claim must be visible to others before the request runs.
 */
@Repository
class RequisicoesIdempotentes {

    private final JdbcClient jdbc;
    private final IdempotenciaProperties propriedades;

    RequisicoesIdempotentes(JdbcClient jdbc, IdempotenciaProperties propriedades) {
        this.jdbc = jdbc;
        this.propriedades = propriedades;
    }

    /** A key per tenant and user. */
    record Chave(TenantId tenant, UsuarioId usuario, String valor) {
    }

    Reserva reservar(Chave chave, String impressao) {
        // A claim that vanished between the insert and the read (released after a 5xx, or purged) is tried again.
        for (int tentativa = 0; tentativa < 3; tentativa++) {
            UUID reserva = UUID.randomUUID();
            if (inserir(chave, impressao, reserva)) {
                return new Reserva.Obtida(reserva);
            }
            Optional<Reserva> existente = existente(chave, impressao);
            if (existente.isPresent()) {
                return existente.get();
            }
        }
        return new Reserva.EmAndamento();
    }

    /**
     * Takes the key when it is free; also when its answer is past the retention but not yet purged,
     * and when the same request was left in progress by a node that died.
     */
    private boolean inserir(Chave chave, String impressao, UUID reserva) {
        return jdbc.sql("""
                        INSERT INTO requisicao_idempotente (tenant_id, usuario_id, chave, impressao, reserva, recebida_em)
                        VALUES (:tenant, :usuario, :chave, :impressao, :reserva, now())
                        ON CONFLICT (tenant_id, usuario_id, chave) DO UPDATE
                           SET impressao = EXCLUDED.impressao, reserva = EXCLUDED.reserva,
                               recebida_em = EXCLUDED.recebida_em, concluida_em = NULL, status_http = NULL,
                               content_type = NULL, location = NULL, corpo = NULL
                         WHERE requisicao_idempotente.recebida_em < now() - :retencao * interval '1 second'
                            OR (requisicao_idempotente.concluida_em IS NULL
                                AND requisicao_idempotente.impressao = EXCLUDED.impressao
                                AND requisicao_idempotente.recebida_em < now() - :abandono * interval '1 second')
                        """)
                .param("tenant", chave.tenant().valor())
                .param("usuario", chave.usuario().valor())
                .param("chave", chave.valor())
                .param("impressao", impressao)
                .param("reserva", reserva)
                .param("retencao", propriedades.retencao().toSeconds())
                .param("abandono", propriedades.abandonoApos().toSeconds())
                .update() == 1;
    }

    private Optional<Reserva> existente(Chave chave, String impressao) {
        return jdbc.sql("""
                        SELECT impressao, concluida_em IS NOT NULL AS concluida, status_http, content_type, location, corpo
                          FROM requisicao_idempotente
                         WHERE tenant_id = :tenant AND usuario_id = :usuario AND chave = :chave
                        """)
                .param("tenant", chave.tenant().valor())
                .param("usuario", chave.usuario().valor())
                .param("chave", chave.valor())
                .query((rs, n) -> {
                    if (!rs.getString("impressao").equals(impressao)) {
                        return (Reserva) new Reserva.Divergente();
                    }
                    if (!rs.getBoolean("concluida")) {
                        return new Reserva.EmAndamento();
                    }
                    return new Reserva.Concluida(new RespostaGuardada(rs.getInt("status_http"),
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("corpo")));
                })
                .optional();
    }

    void concluir(Chave chave, UUID reserva, RespostaGuardada resposta) {
        jdbc.sql("""
                        UPDATE requisicao_idempotente
                           SET concluida_em = now(), status_http = :status, content_type = :contentType,
                               location = :location, corpo = :corpo
                         WHERE tenant_id = :tenant AND usuario_id = :usuario AND chave = :chave AND reserva = :reserva
                        """)
                .param("status", resposta.status())
                .param("contentType", resposta.contentType())
                .param("location", resposta.location())
                .param("corpo", resposta.corpo())
                .param("tenant", chave.tenant().valor())
                .param("usuario", chave.usuario().valor())
                .param("chave", chave.valor())
                .param("reserva", reserva)
                .update();
    }

    /** Frees the key of a request that did not finish with an answer worth replaying. */
    void liberar(Chave chave, UUID reserva) {
        jdbc.sql("""
                        DELETE FROM requisicao_idempotente
                         WHERE tenant_id = :tenant AND usuario_id = :usuario AND chave = :chave AND reserva = :reserva
                           AND concluida_em IS NULL
                        """)
                .param("tenant", chave.tenant().valor())
                .param("usuario", chave.usuario().valor())
                .param("chave", chave.valor())
                .param("reserva", reserva)
                .update();
    }

    /** Deletes the keys received more than {@code retencao} ago; returns how many. */
    int apagarVencidas(Duration retencao) {
        return jdbc.sql("DELETE FROM requisicao_idempotente WHERE recebida_em < now() - :retencao * interval '1 second'")
                .param("retencao", retencao.toSeconds())
                .update();
    }
}
