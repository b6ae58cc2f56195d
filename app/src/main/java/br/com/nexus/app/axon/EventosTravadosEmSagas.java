package br.com.nexus.app.axon;

import br.com.nexus.app.axon.EventosComFalha.Erro;
import br.com.nexus.app.axon.EventosComFalha.EventoComFalha;
import br.com.nexus.app.axon.EventosComFalha.Situacao;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events saga processors are stuck on ({@code evento_travado_em_saga}). A failure is written in a
 * transaction of its own, since the processor's rolls back to retry the event. Which events are stuck
 * is also kept in memory, so the events that pass cost no query.
 */
class EventosTravadosEmSagas {

    private static final String COLUNAS = """
            id, grupo, evento_id, tipo_do_evento, agregado_tipo, agregado_id, erro_tipo, erro_mensagem,
            tentativas, primeira_falha, ultima_falha""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate propria;
    private final Set<String> travados = ConcurrentHashMap.newKeySet();
    private volatile boolean carregados;

    EventosTravadosEmSagas(JdbcTemplate jdbc, PlatformTransactionManager transacoes) {
        this.jdbc = jdbc;
        this.propria = new TransactionTemplate(transacoes);
        this.propria.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean travado(String grupo, String eventoId) {
        if (!carregados) {
            carregar();
        }
        return travados.contains(chave(grupo, eventoId));
    }

    /** What was stuck before a restart, so that an event passing now is cleared. */
    private synchronized void carregar() {
        if (!carregados) {
            jdbc.query("SELECT grupo, evento_id FROM evento_travado_em_saga",
                    (ResultSet rs) -> {
                        travados.add(chave(rs.getString("grupo"), rs.getString("evento_id")));
                    });
            carregados = true;
        }
    }

    void registrarFalha(String grupo, EventMessage<?> evento, Throwable falha) {
        ThrowableCause causa = CausaDaFalha.de(falha);
        String agregadoTipo = evento instanceof DomainEventMessage<?> d ? d.getType() : null;
        String agregadoId = evento instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null;
        Timestamp agora = Timestamp.from(Instant.now());
        propria.executeWithoutResult(t -> jdbc.update("""
                INSERT INTO evento_travado_em_saga (id, grupo, evento_id, tipo_do_evento, agregado_tipo, agregado_id,
                    erro_tipo, erro_mensagem, tentativas, primeira_falha, ultima_falha)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT (grupo, evento_id) DO UPDATE SET erro_tipo = EXCLUDED.erro_tipo,
                    erro_mensagem = EXCLUDED.erro_mensagem, ultima_falha = EXCLUDED.ultima_falha,
                    tentativas = evento_travado_em_saga.tentativas + 1""",
                UUID.randomUUID(), grupo, evento.getIdentifier(), evento.getPayloadType().getSimpleName(),
                agregadoTipo, agregadoId, causa.type(), causa.message(), agora, agora));
        travados.add(chave(grupo, evento.getIdentifier()));
    }

    /** The processor got past the event. */
    void resolver(String grupo, String eventoId) {
        jdbc.update("DELETE FROM evento_travado_em_saga WHERE grupo = ? AND evento_id = ?", grupo, eventoId);
        travados.remove(chave(grupo, eventoId));
    }

    List<EventoComFalha> listar(String grupo) {
        if (grupo == null) {
            return jdbc.query("SELECT " + COLUNAS + " FROM evento_travado_em_saga ORDER BY grupo, primeira_falha",
                    this::evento);
        }
        return jdbc.query("SELECT " + COLUNAS + " FROM evento_travado_em_saga WHERE grupo = ? ORDER BY primeira_falha",
                this::evento, grupo);
    }

    Optional<EventoComFalha> buscar(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUNAS + " FROM evento_travado_em_saga WHERE id = ?", this::evento, uuid)
                .stream().findFirst();
    }

    long quantos(String grupo) {
        Long quantos = jdbc.queryForObject("SELECT count(*) FROM evento_travado_em_saga WHERE grupo = ?", Long.class,
                grupo);
        return quantos == null ? 0 : quantos;
    }

    private EventoComFalha evento(ResultSet rs, int linha) throws SQLException {
        return new EventoComFalha(rs.getString("id"), rs.getString("grupo"), rs.getString("agregado_id"), 0,
                rs.getString("tipo_do_evento"), rs.getString("agregado_tipo"), rs.getString("agregado_id"),
                Situacao.TRAVADO,
                new Erro(rs.getString("erro_tipo"), rs.getString("erro_mensagem")), rs.getInt("tentativas"),
                rs.getTimestamp("primeira_falha").toInstant(), rs.getTimestamp("ultima_falha").toInstant(), null);
    }

    private static String chave(String grupo, String eventoId) {
        return grupo + '\n' + eventoId;
    }
}
