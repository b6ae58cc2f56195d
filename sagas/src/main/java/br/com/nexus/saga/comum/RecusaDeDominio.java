package br.com.nexus.saga.comum;

import br.com.nexus.kernel.comum.ErroDominio;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;

/**
 * Tells a business rejection (the command was refused, retrying changes nothing) from a technical
 * failure (worth retrying): only the former carries an {@link ErroDominio}.
 */
public final class RecusaDeDominio {

    private RecusaDeDominio() {
    }

    public static Optional<ErroDominio> de(CommandExecutionException e) {
        return e.getDetails().filter(ErroDominio.class::isInstance).map(ErroDominio.class::cast);
    }
}
