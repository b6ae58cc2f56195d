package br.com.nexus.query.auditoria;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One event of an aggregate's history as the audit trail shows it: its position in the stream,
 * its type, when it happened, what it said and who caused it (user, tenant, correlation id).
 */
public record EventoAuditado(
        long sequencia,
        String tipo,
        String eventoId,
        Instant timestamp,
        JsonNode payload,
        Map<String, Object> metadata) {
}
