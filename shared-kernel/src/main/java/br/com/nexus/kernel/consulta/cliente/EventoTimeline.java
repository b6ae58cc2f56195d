package br.com.nexus.kernel.consulta.cliente;

import java.time.Instant;
import java.util.Map;

/**
 * One interaction on a cliente's timeline.
 *
 * @param tipo           what happened, e.g. {@code LEAD_CAPTURADO}, {@code BOLETO_REGISTRADO},
 *                       {@code DISPARO_ENTREGUE}, {@code PAGAMENTO_CONFIRMADO}
 * @param descricao      the same in words, for people
 * @param referenciaTipo the kind of thing it happened to: LEAD, CLIENTE, BOLETO, DISPARO or PAGAMENTO
 * @param referenciaId   the id of that thing
 * @param detalhes       a few facts of the event (amounts as decimal strings, dates ISO-8601)
 */
public record EventoTimeline(
        Instant ocorridoEm,
        String tipo,
        String descricao,
        String referenciaTipo,
        String referenciaId,
        Map<String, String> detalhes) {
}
