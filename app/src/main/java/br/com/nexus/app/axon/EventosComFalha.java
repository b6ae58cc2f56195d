package br.com.nexus.app.axon;

import br.com.nexus.kernel.comum.DomainException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dead letters across all firms: what is parked, and reprocessing or discarding it. Reading goes
 * straight to Axon's table (no payload is deserialized, so nothing personal leaves it); reprocessing
 * goes through the processor's own {@link SequencedDeadLetterProcessor}, which runs the same handlers
 * as live processing and keeps the sequence's order. The events saga processors are stuck on are
 * listed alongside ({@link EventosTravadosEmSagas}); those are retried by their processor.
 */
public class EventosComFalha {

    static final String NAO_ENCONTRADO = "EVENTO_COM_FALHA_NAO_ENCONTRADO";
    static final String GRUPO_NAO_ENCONTRADO = "GRUPO_SEM_FILA_DE_FALHAS";
    static final String INDISPONIVEL = "REPROCESSAMENTO_INDISPONIVEL_NESTE_NO";
    static final String AUTOMATICO = "SAGA_TENTA_DE_NOVO_SOZINHA";
    static final int LIMITE = 1000;

    private static final String COLUNAS = """
            deadletteridentifier, processinggroup, sequenceidentifier, sequenceindex, payloadtype, type,
            aggregateidentifier, causetype, causemessage, enqueuedat, lasttouched, diagnostics""";

    /**
     * A letter failed itself, or waits behind an earlier one of its sequence; a saga processor is
     * stuck at the event, retrying it.
     */
    public enum Situacao { FALHOU, AGUARDANDO_ANTERIOR, TRAVADO }

    public enum Resultado { REPROCESSADO, FALHOU_DE_NOVO }

    public record Erro(String tipo, String mensagem) {
    }

    public record EventoComFalha(String id, String grupo, String sequencia, long posicaoNaSequencia,
            String tipoDoEvento, String agregadoTipo, String agregadoId, Situacao situacao, Erro erro,
            int tentativas, Instant primeiraFalha, Instant ultimaFalha, Instant proximaTentativa) {
    }

    public record Reprocessamento(String id, String grupo, String sequencia, Resultado resultado,
            int restantesNaSequencia, Erro erro) {
    }

    public record ReprocessamentoDoGrupo(String grupo, int sequencias, int reprocessadas, int restantes) {
    }

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processamento;
    private final Set<String> grupos;
    private final EventosTravadosEmSagas sagas;
    private final EventosComFalhaProperties propriedades;
    private final ObjectMapper json;

    EventosComFalha(JdbcTemplate jdbc, EventProcessingConfiguration processamento, Set<String> grupos,
            EventosTravadosEmSagas sagas, EventosComFalhaProperties propriedades, ObjectMapper json) {
        this.jdbc = jdbc;
        this.processamento = processamento;
        this.grupos = grupos;
        this.sagas = sagas;
        this.propriedades = propriedades;
        this.json = json;
    }

    /** The groups with a dead-letter queue. */
    public Set<String> grupos() {
        return grupos;
    }

    /** Every group whose failures are counted and listed: those with a queue, and the sagas. */
    public Set<String> gruposVigiados() {
        Set<String> todos = new TreeSet<>(grupos);
        todos.addAll(propriedades.sagas());
        return todos;
    }

    public long quantos(String grupo) {
        if (propriedades.sagas().contains(grupo)) {
            return sagas.quantos(grupo);
        }
        Long quantos = jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?",
                Long.class, grupo);
        return quantos == null ? 0 : quantos;
    }

    /** The oldest first, by group and sequence; at most {@value #LIMITE} letters, then the sagas' events. */
    public List<EventoComFalha> listar(String grupo) {
        if (grupo != null && !grupo.isBlank()) {
            if (propriedades.sagas().contains(grupo)) {
                return sagas.listar(grupo);
            }
            exigirGrupo(grupo);
            return jdbc.query("SELECT " + COLUNAS + " FROM deadletterentry WHERE processinggroup = ?"
                    + " ORDER BY processinggroup, sequenceidentifier, sequenceindex LIMIT " + LIMITE,
                    this::evento, grupo);
        }
        List<EventoComFalha> todos = new ArrayList<>(jdbc.query("SELECT " + COLUNAS + " FROM deadletterentry"
                + " ORDER BY processinggroup, sequenceidentifier, sequenceindex LIMIT " + LIMITE, this::evento));
        todos.addAll(sagas.listar(null));
        return todos;
    }

    public EventoComFalha buscar(String id) {
        return jdbc.query("SELECT " + COLUNAS + " FROM deadletterentry WHERE deadletteridentifier = ?",
                this::evento, id).stream().findFirst().or(() -> sagas.buscar(id))
                .orElseThrow(() -> DomainException.naoEncontrado(NAO_ENCONTRADO, "Evento com falha não encontrado"));
    }

    /** Reprocesses the whole sequence the letter belongs to, from its first letter, in order. */
    public Reprocessamento reprocessar(String id) {
        EventoComFalha evento = buscar(id);
        if (propriedades.sagas().contains(evento.grupo())) {
            throw sagaTentaSozinha(evento);
        }
        SequencedDeadLetterProcessor<EventMessage<?>> processador = processador(evento.grupo());
        List<String> primeiro = jdbc.queryForList("""
                SELECT eventidentifier FROM deadletterentry WHERE processinggroup = ? AND sequenceidentifier = ?
                ORDER BY sequenceindex LIMIT 1""", String.class, evento.grupo(), evento.sequencia());
        if (!primeiro.isEmpty()) {
            String eventoInicial = primeiro.get(0);
            processador.process(letra -> letra.message().getIdentifier().equals(eventoInicial));
        }
        List<EventoComFalha> restantes = jdbc.query("SELECT " + COLUNAS + " FROM deadletterentry"
                + " WHERE processinggroup = ? AND sequenceidentifier = ? ORDER BY sequenceindex",
                this::evento, evento.grupo(), evento.sequencia());
        return new Reprocessamento(id, evento.grupo(), evento.sequencia(),
                restantes.isEmpty() ? Resultado.REPROCESSADO : Resultado.FALHOU_DE_NOVO, restantes.size(),
                restantes.isEmpty() ? null : restantes.get(0).erro());
    }

    /** Tries each parked sequence of the group once. */
    public ReprocessamentoDoGrupo reprocessarGrupo(String grupo) {
        exigirGrupo(grupo);
        SequencedDeadLetterProcessor<EventMessage<?>> processador = processador(grupo);
        Integer sequencias = jdbc.queryForObject(
                "SELECT count(DISTINCT sequenceidentifier) FROM deadletterentry WHERE processinggroup = ?",
                Integer.class, grupo);
        int total = sequencias == null ? 0 : sequencias;
        int reprocessadas = 0;
        for (int i = 0; i < total; i++) {
            if (processador.processAny()) {
                reprocessadas++;
            }
        }
        return new ReprocessamentoDoGrupo(grupo, total, reprocessadas, (int) quantos(grupo));
    }

    /**
     * Discards one letter for good; its handlers never get that event (a replay of a read model would
     * bring it back). A saga's event is not discarded: skipping it would leave its sagas wrong.
     */
    public void descartar(String id) {
        if (jdbc.update("DELETE FROM deadletterentry WHERE deadletteridentifier = ?", id) == 0) {
            sagas.buscar(id).ifPresent(evento -> {
                throw sagaTentaSozinha(evento);
            });
            throw DomainException.naoEncontrado(NAO_ENCONTRADO, "Evento com falha não encontrado");
        }
    }

    private static DomainException sagaTentaSozinha(EventoComFalha evento) {
        return DomainException.conflito(AUTOMATICO, "O processador do grupo " + evento.grupo()
                + " tenta este evento de novo sozinho, em ordem, até a causa ser corrigida");
    }

    private void exigirGrupo(String grupo) {
        if (!grupos.contains(grupo)) {
            throw DomainException.naoEncontrado(GRUPO_NAO_ENCONTRADO,
                    "Grupo sem fila de eventos com falha: " + grupo);
        }
    }

    /** The group's processor of dead letters, when this node runs the group. */
    Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processadorLocal(String grupo) {
        return processamento.sequencedDeadLetterProcessor(grupo);
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processador(String grupo) {
        return processadorLocal(grupo).orElseThrow(() -> DomainException.conflito(
                INDISPONIVEL, "O grupo " + grupo + " não é processado neste nó"));
    }

    private EventoComFalha evento(ResultSet rs, int linha) throws SQLException {
        String tipoDoErro = rs.getString("causetype");
        String tipoDoEvento = rs.getString("payloadtype");
        String ultima = rs.getString("lasttouched");
        Instant primeira = DateTimeUtils.parseInstant(rs.getString("enqueuedat"));
        Instant ultimaFalha = ultima == null ? primeira : DateTimeUtils.parseInstant(ultima);
        int tentativas = tentativas(rs.getBytes("diagnostics"));
        return new EventoComFalha(rs.getString("deadletteridentifier"), rs.getString("processinggroup"),
                rs.getString("sequenceidentifier"), rs.getLong("sequenceindex"),
                tipoDoEvento.substring(tipoDoEvento.lastIndexOf('.') + 1), rs.getString("type"),
                rs.getString("aggregateidentifier"),
                tipoDoErro == null ? Situacao.AGUARDANDO_ANTERIOR : Situacao.FALHOU,
                tipoDoErro == null ? null : new Erro(tipoDoErro, rs.getString("causemessage")),
                tentativas, primeira, ultima == null ? null : ultimaFalha,
                tipoDoErro == null ? null : propriedades.proximaTentativa(tentativas, ultimaFalha));
    }

    int tentativas(byte[] diagnostico) {
        if (diagnostico == null || diagnostico.length == 0) {
            return 0;
        }
        try {
            JsonNode valor = json.readTree(diagnostico).path(PoliticaDeEventosComFalha.TENTATIVAS);
            return valor.isMissingNode() ? 0 : valor.asInt();
        } catch (IOException e) {
            return 0;
        }
    }
}
