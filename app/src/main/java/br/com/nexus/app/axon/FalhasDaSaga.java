package br.com.nexus.app.axon;

import java.util.List;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Around a saga processor. A failed batch (a saga's handler, or storing the sagas when the batch
 * commits) is recorded as stuck at its first event, and the failure goes on to the processor, which
 * rolls back and retries from that event with backoff: no later event reaches a saga out of order and
 * none is lost. Once the event gets through, its record is removed.
 */
class FalhasDaSaga implements MessageHandlerInterceptor<EventMessage<?>>, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FalhasDaSaga.class);

    private final String grupo;
    private final EventosTravadosEmSagas travados;

    FalhasDaSaga(String grupo, EventosTravadosEmSagas travados) {
        this.grupo = grupo;
        this.travados = travados;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unidade, InterceptorChain cadeia) throws Exception {
        String id = unidade.getMessage().getIdentifier();
        Object resultado = cadeia.proceed();
        if (travados.travado(grupo, id)) {
            unidade.afterCommit(u -> travados.resolver(grupo, id));
        }
        return resultado;
    }

    @Override
    public void handleError(ErrorContext contexto) throws Exception {
        List<? extends EventMessage<?>> eventos = contexto.failedEvents();
        if (!eventos.isEmpty()) {
            EventMessage<?> primeiro = eventos.get(0);
            travados.registrarFalha(grupo, primeiro, contexto.error());
            log.warn("Grupo {} parado no evento {} ({}, lote de {}); o processador tentará de novo: {}", grupo,
                    primeiro.getIdentifier(), primeiro.getPayloadType().getSimpleName(), eventos.size(),
                    contexto.error().getClass().getName());
        }
        if (contexto.error() instanceof Exception falha) {
            throw falha;
        }
        throw (Error) contexto.error();
    }
}
