package br.com.nexus.query.teste;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;

/**
 * Plays events into projections the way a tracking processor would: through their annotated
 * handlers, as domain events numbered per aggregate, on a clock the test moves.
 */
public final class Historia {

    private final Map<String, Long> sequencias = new HashMap<>();
    private Instant agora;
    private long posicao;

    public Historia(Instant inicio) {
        this.agora = inicio;
    }

    public Historia() {
        this(Instant.parse("2026-03-02T13:00:00Z"));
    }

    public Instant agora() {
        return agora;
    }

    public Historia avancar(Duration tempo) {
        agora = agora.plus(tempo);
        return this;
    }

    public Historia em(Instant instante) {
        agora = instante;
        return this;
    }

    /** The next event of the aggregate, as the event store would hand it to a tracking processor. */
    public DomainEventMessage<?> evento(Object agregado, Object payload) {
        String id = agregado.toString();
        long sequencia = sequencias.merge(id, 1L, Long::sum) - 1;
        var mensagem = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), id, sequencia, payload,
                MetaData.emptyInstance(), java.util.UUID.randomUUID().toString(), agora);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(posicao++), mensagem);
    }

    /** Delivers the next event of the aggregate to every projection given. */
    public DomainEventMessage<?> aplicar(Object agregado, Object payload, Object... projecoes) {
        DomainEventMessage<?> mensagem = evento(agregado, payload);
        reaplicar(mensagem, projecoes);
        return mensagem;
    }

    /** Delivers an event again, as a replay or a retried batch would. */
    public static void reaplicar(DomainEventMessage<?> mensagem, Object... projecoes) {
        for (Object projecao : projecoes) {
            try {
                new AnnotationEventHandlerAdapter(projecao).handle(mensagem);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs the projections' reset handlers, as a replay does first. */
    public static void reiniciar(Object... projecoes) {
        for (Object projecao : projecoes) {
            new AnnotationEventHandlerAdapter(projecao).prepareReset();
        }
    }
}
