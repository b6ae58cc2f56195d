package br.com.nexus.query.comum;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Where an event sits in the history, as projections need it: its id (to store it once), the
 * sequence number within its aggregate (to ignore repeated or older events), its time and its
 * position in the global stream (to order events of the same instant).
 *
 * @param versao  null for an event that did not come from an aggregate
 * @param posicao null outside a tracking processor
 */
public record Origem(String eventoId, Long versao, Instant ocorridoEm, Long posicao) {

    public static Origem de(EventMessage<?> mensagem) {
        Long versao = mensagem instanceof DomainEventMessage<?> dominio ? dominio.getSequenceNumber() : null;
        Long posicao = null;
        if (mensagem instanceof TrackedEventMessage<?> rastreada && rastreada.trackingToken() != null) {
            var pos = rastreada.trackingToken().position();
            posicao = pos.isPresent() ? pos.getAsLong() : null;
        }
        return new Origem(mensagem.getIdentifier(), versao, mensagem.getTimestamp(), posicao);
    }
}
