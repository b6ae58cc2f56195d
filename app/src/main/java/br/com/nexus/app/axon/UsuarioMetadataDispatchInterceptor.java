package br.com.nexus.app.axon;

import br.com.nexus.app.seguranca.UsuarioAtual;
import br.com.nexus.kernel.seguranca.UsuarioAutenticado;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps every command with who sent it; the correlation data providers then copy these keys onto
 * every event the command causes, which is what the audit trail shows.
 */
public class UsuarioMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String USUARIO_ID = "usuarioId";
    public static final String USUARIO_EMAIL = "usuarioEmail";
    public static final String USUARIO_PAPEL = "usuarioPapel";
    public static final String TENANT_ID = "tenantId";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Optional<UsuarioAutenticado> autenticado = UsuarioAtual.daRequisicao();
            if (autenticado.isEmpty()) {
                return command;
            }
            UsuarioAutenticado usuario = autenticado.get();
            Map<String, Object> metaData = new HashMap<>();
            metaData.put(USUARIO_ID, usuario.usuarioId().toString());
            metaData.put(USUARIO_EMAIL, usuario.email());
            metaData.put(USUARIO_PAPEL, usuario.papel().name());
            metaData.put(TENANT_ID, usuario.tenantId().toString());
            return command.andMetaData(metaData);
        };
    }
}
