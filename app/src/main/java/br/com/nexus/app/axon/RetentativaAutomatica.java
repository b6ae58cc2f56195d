package br.com.nexus.app.axon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retries parked sequences on their own, so that a transient failure (the database, a provider down)
 * heals without an operator: each sequence whose failed letter waited its interval since the last
 * failure is reprocessed in order, through the group's processor; a new failure counts one more
 * attempt and waits the next interval. Past the maximum only the operator retries. Groups this node
 * does not run are left to the node that does.
 */
public class RetentativaAutomatica {

    private static final Logger log = LoggerFactory.getLogger(RetentativaAutomatica.class);

    private record Falha(String grupo, String eventoId, Instant ultimaFalha, int tentativas) {
    }

    private final JdbcTemplate jdbc;
    private final EventosComFalha eventos;
    private final EventosComFalhaProperties propriedades;

    RetentativaAutomatica(JdbcTemplate jdbc, EventosComFalha eventos, EventosComFalhaProperties propriedades) {
        this.jdbc = jdbc;
        this.eventos = eventos;
        this.propriedades = propriedades;
    }

    /** Retries the sequences due at {@code agora}; returns how many were applied. */
    public int retentarVencidas(Instant agora) {
        int reprocessadas = 0;
        int tentadas = 0;
        for (Falha falha : falhas()) {
            Instant proxima = propriedades.proximaTentativa(falha.tentativas(), falha.ultimaFalha());
            Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processador =
                    eventos.processadorLocal(falha.grupo());
            if (proxima == null || proxima.isAfter(agora) || processador.isEmpty()) {
                continue;
            }
            tentadas++;
            if (processador.get().process(l -> l.message().getIdentifier().equals(falha.eventoId()))) {
                reprocessadas++;
            }
        }
        if (tentadas > 0) {
            log.info("Nova tentativa automática de {} sequências paradas: {} reprocessadas", tentadas, reprocessadas);
        }
        return reprocessadas;
    }

    /** The failed letter at the head of each parked sequence. */
    private List<Falha> falhas() {
        return jdbc.query("""
                SELECT processinggroup, eventidentifier, enqueuedat, lasttouched, diagnostics FROM deadletterentry
                WHERE causetype IS NOT NULL""",
                (rs, linha) -> {
                    String ultima = rs.getString("lasttouched");
                    return new Falha(rs.getString("processinggroup"), rs.getString("eventidentifier"),
                            DateTimeUtils.parseInstant(ultima == null ? rs.getString("enqueuedat") : ultima),
                            eventos.tentativas(rs.getBytes("diagnostics")));
                });
    }
}
