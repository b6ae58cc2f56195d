package br.com.nexus.command.boleto;

import br.com.nexus.kernel.boleto.BoletoId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** Boletos kept in an in-memory event store, for tests of handlers that consult them. */
public final class BoletosEmMemoria {

    private final EventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Map<BoletoId, Long> proximaSequencia = new HashMap<>();

    public void armazenar(BoletoId boletoId, Object... eventos) {
        for (Object evento : eventos) {
            long sequencia = proximaSequencia.merge(boletoId, 1L, Long::sum) - 1;
            eventStore.publish(new GenericDomainEventMessage<>("Boleto", boletoId.toString(), sequencia, evento));
        }
    }

    public EventStore eventStore() {
        return eventStore;
    }

    public BoletoDisparoPolicy politica() {
        return new BoletoDisparoPolicy(EventSourcingRepository.builder(Boleto.class).eventStore(eventStore).build());
    }
}
