package br.com.nexus.command.whatsapp;

import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.ErroDominio;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends commands on behalf of the WhatsApp side (no user behind them), tagging their origin, and
 * tells a rejection by the aggregate (a business answer, not worth retrying) from a failure to
 * handle the command at all (worth retrying).
 */
@Component
public class ComandosWhatsapp {

    public static final String ORIGEM = "origem";

    private final CommandGateway commandGateway;

    public ComandosWhatsapp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** The command's outcome: {@code recusa} holds the aggregate's reason when it refused. */
    public record Desfecho(boolean aceito, Optional<ErroDominio> recusa) {

        static final Desfecho ACEITO = new Desfecho(true, Optional.empty());
    }

    /**
     * Sends and waits. A rejection comes back as a {@link Desfecho}; anything else (database down,
     * timeout) propagates.
     */
    public Desfecho enviar(Object comando, String origem) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(comando).andMetaData(Map.of(ORIGEM, origem)));
            return Desfecho.ACEITO;
        } catch (CommandExecutionException e) {
            Optional<ErroDominio> erro = e.getDetails().filter(ErroDominio.class::isInstance).map(ErroDominio.class::cast);
            if (erro.isPresent()) {
                return new Desfecho(false, erro);
            }
            if (e.getCause() instanceof DomainException dominio) {
                return new Desfecho(false, Optional.of(ErroDominio.de(dominio)));
            }
            throw e;
        } catch (DomainException e) {
            return new Desfecho(false, Optional.of(ErroDominio.de(e)));
        }
    }
}
