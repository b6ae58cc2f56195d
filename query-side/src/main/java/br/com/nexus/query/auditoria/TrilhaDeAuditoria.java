package br.com.nexus.query.auditoria;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;

/**
 * Reads an aggregate's history straight from the event store (no projection in between), so the
 * audit trail is exactly what the aggregate was rebuilt from.
 */
@Component
public class TrilhaDeAuditoria {

    public static final int LIMITE_PADRAO = 200;
    static final int LIMITE_MAXIMO = 1000;

    /** Metadata keys renamed for readers; the rest go out as stored. */
    private static final Map<String, String> NOMES_DE_METADATA = Map.of(
            "usuarioEmail", "email",
            "usuarioPapel", "papel");

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;

    TrilhaDeAuditoria(EventStore eventStore, ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
    }

    /**
     * The events from sequence {@code desde}, at most {@code limite}. A missing aggregate, one of
     * another type and one of another tenant all get the same 404.
     */
    public List<EventoAuditado> eventos(String tipo, String id, TenantId tenantId, long desde, int limite) {
        TipoAuditavel tipoAuditavel = TipoAuditavel.doCaminho(tipo).orElseThrow(() -> naoEncontrado(id));
        String aggregateId = idCanonico(id);
        if (desde < 0) {
            throw DomainException.invalido("PARAMETRO_INVALIDO", "desde deve ser 0 ou maior");
        }
        if (limite < 1 || limite > LIMITE_MAXIMO) {
            throw DomainException.invalido("PARAMETRO_INVALIDO", "limite deve estar entre 1 e " + LIMITE_MAXIMO);
        }
        DomainEventStream doInicio = eventStore.readEvents(aggregateId, 0);
        if (!doInicio.hasNext()) {
            throw naoEncontrado(id);
        }
        EventoAuditado primeiro = auditado(doInicio.peek());
        if (!tipoAuditavel.corresponde(doInicio.peek().getType())
                || !tenantId.toString().equals(primeiro.payload().path("tenantId").asText(null))) {
            throw naoEncontrado(id);
        }
        DomainEventStream stream = desde == 0 ? doInicio : eventStore.readEvents(aggregateId, desde);
        List<EventoAuditado> eventos = new ArrayList<>();
        while (stream.hasNext() && eventos.size() < limite) {
            eventos.add(auditado(stream.next()));
        }
        return eventos;
    }

    private EventoAuditado auditado(DomainEventMessage<?> mensagem) {
        Object payload = mensagem.getPayload();
        String tipo;
        JsonNode json;
        if (payload instanceof UnknownSerializedType desconhecido) {
            // An event class this node does not know (a newer version elsewhere): still shown, as stored.
            String nome = desconhecido.serializedType().getName();
            tipo = nome.substring(nome.lastIndexOf('.') + 1);
            json = desconhecido.readData(JsonNode.class);
        } else {
            tipo = mensagem.getPayloadType().getSimpleName();
            json = objectMapper.valueToTree(payload);
        }
        return new EventoAuditado(mensagem.getSequenceNumber(), tipo, mensagem.getIdentifier(), mensagem.getTimestamp(),
                json, metadata(mensagem.getMetaData()));
    }

    private static Map<String, Object> metadata(Map<String, ?> original) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        original.forEach((chave, valor) -> metadata.put(NOMES_DE_METADATA.getOrDefault(chave, chave), valor));
        return metadata;
    }

    private static String idCanonico(String id) {
        if (id == null || id.length() != 36) {
            throw DomainException.invalido("ID_INVALIDO", "id deve ser um UUID");
        }
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalido("ID_INVALIDO", "id deve ser um UUID");
        }
    }

    private static DomainException naoEncontrado(String id) {
        return DomainException.naoEncontrado("NAO_ENCONTRADO", "Nenhum histórico encontrado para " + id);
    }
}
