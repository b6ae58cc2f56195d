package br.com.nexus.app.axon;

import java.util.List;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies the message origin and who-did-it metadata of each command onto the events it causes. */
@Configuration(proxyBeanMethods = false)
public class CorrelationConfiguration {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider usuarioCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(List.of(
                UsuarioMetadataDispatchInterceptor.USUARIO_ID,
                UsuarioMetadataDispatchInterceptor.USUARIO_EMAIL,
                UsuarioMetadataDispatchInterceptor.USUARIO_PAPEL,
                UsuarioMetadataDispatchInterceptor.TENANT_ID).toArray(String[]::new));
    }
}
