package br.com.nexus.app.axon;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Puts the authenticated user into the metadata of every command this node sends. */
@Component
class UsuarioMetadataRegistration {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new UsuarioMetadataDispatchInterceptor());
    }
}
