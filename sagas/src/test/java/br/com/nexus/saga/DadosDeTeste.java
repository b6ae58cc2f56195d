package br.com.nexus.saga;

import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.saga.comum.DespachoIsolado;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.gateway.DefaultEventGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.test.utils.RecordingCommandBus;

/** The test data of the sagas module: a recording command bus and an event bus that keeps what it got. */
public final class DadosDeTeste {

    public static final String CPF = "11144477735";
    public static final String CPF_MASCARADO = "***.444.777-**";

    private DadosDeTeste() {
    }

    public static CommandExecutionException recusa(ErrorKind kind, String code) {
        return new CommandExecutionException("Recusado: " + code, null, new ErroDominio(kind, code, "Recusado: " + code));
    }

    public static CommandExecutionException falhaTecnica() {
        return new CommandExecutionException("Conexão com o banco perdida", null);
    }

    /** A command bus that records what it is sent, a dispatcher over it and an event bus that keeps what is published. */
    public static final class Barramentos {

        public final RecordingCommandBus comandos = new RecordingCommandBus();
        public final DespachoIsolado despacho =
                new DespachoIsolado(DefaultCommandGateway.builder().commandBus(comandos).build());
        private final SimpleEventBus eventBus = SimpleEventBus.builder().build();
        public final EventGateway eventGateway = DefaultEventGateway.builder().eventBus(eventBus).build();
        private final List<Object> publicados = Collections.synchronizedList(new ArrayList<>());

        public Barramentos() {
            eventBus.subscribe(eventos -> eventos.stream().map(EventMessage::getPayload).forEach(publicados::add));
        }

        public List<Object> eventosPublicados() {
            return List.copyOf(publicados);
        }

        public List<Object> comandosEnviados() {
            return comandos.getDispatchedCommands().stream().<Object>map(c -> c.getPayload()).toList();
        }
    }
}
