package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.NexusApplication;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The distributed profile's wiring, proven without an Axon Server: the connector points at a closed
 * local port, and the context must still come up with Axon Server's buses and event store in place
 * of the embedded ones, while tokens and sagas stay in PostgreSQL.
 */
class PerfilAxonServerTest {

    @Test
    void perfilAxonServerUsaBarramentosEEventStoreDoAxonServerETokensNoPostgres() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusApplication.class)
                .profiles("test", "axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:1", "--nexus.role=command")) {
            AxonServerConfiguration config = context.getBean(AxonServerConfiguration.class);
            assertThat(config.isEnabled()).isTrue();
            assertThat(config.getServers()).isEqualTo("127.0.0.1:1");
            assertThat(config.getComponentName()).isEqualTo("nexus-command");
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
            assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
        }
    }

    @Test
    void papelDeConsultaNaoCarregaOLadoDeComandos() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusApplication.class)
                .profiles("test", "axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:1", "--nexus.role=query")) {
            assertThat(context.getBeanDefinitionNames())
                    .noneMatch(name -> context.getType(name) != null
                            && context.getType(name).getPackageName().startsWith("br.com.nexus.command"))
                    .noneMatch(name -> context.getType(name) != null
                            && context.getType(name).getPackageName().startsWith("br.com.nexus.saga"));
        }
    }
}
