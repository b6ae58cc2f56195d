package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.axon.UsuarioMetadataDispatchInterceptor;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import br.com.nexus.kernel.seguranca.Papel;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sends the demo's commands as the demo administrator would through the API, so the audit trail
 * shows who did them: the demo ADMIN.
 */
@Component
@Profile("demo")
class ComandosDaDemo {

    private final CommandGateway commandGateway;

    ComandosDaDemo(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    <R> R enviar(EmpresaDeDemonstracao empresa, Object comando) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(comando).andMetaData(Map.of(
                UsuarioMetadataDispatchInterceptor.USUARIO_ID, empresa.adminId().toString(),
                UsuarioMetadataDispatchInterceptor.USUARIO_EMAIL, empresa.adminEmail(),
                UsuarioMetadataDispatchInterceptor.USUARIO_PAPEL, Papel.ADMIN.name(),
                UsuarioMetadataDispatchInterceptor.TENANT_ID, empresa.tenantId().toString())));
    }
}
