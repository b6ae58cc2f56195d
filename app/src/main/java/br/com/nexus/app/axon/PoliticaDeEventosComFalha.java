package br.com.nexus.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure parks the event (and, behind it, the rest of its sequence) with a cause free of
 * personal data and the number of attempts so far in the letter's diagnostics, which the automatic
 * retry ({@link RetentativaAutomatica}) spaces its attempts by.
 */
class PoliticaDeEventosComFalha implements EnqueuePolicy<EventMessage<?>> {

    static final String TENTATIVAS = "tentativas";

    private static final Logger log = LoggerFactory.getLogger(PoliticaDeEventosComFalha.class);

    private final String grupo;

    PoliticaDeEventosComFalha(String grupo) {
        this.grupo = grupo;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letra, Throwable falha) {
        int tentativas = tentativas(letra.diagnostics()) + 1;
        log.warn("Evento {} ({}) parado na fila de eventos com falha do grupo {} (tentativa {}): {}",
                letra.message().getIdentifier(), letra.message().getPayloadType().getSimpleName(), grupo,
                tentativas, falha.getClass().getName());
        return Decisions.enqueue(CausaDaFalha.de(falha), l -> l.diagnostics().and(TENTATIVAS, tentativas));
    }

    static int tentativas(MetaData diagnostico) {
        Object valor = diagnostico.get(TENTATIVAS);
        if (valor instanceof Number numero) {
            return numero.intValue();
        }
        if (valor instanceof String texto && texto.matches("\\d{1,9}")) {
            return Integer.parseInt(texto);
        }
        return 0;
    }
}
