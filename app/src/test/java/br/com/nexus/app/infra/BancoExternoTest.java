package br.com.nexus.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.app.NexusApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With SPRING_DATASOURCE_URL set, the service uses that database and starts no embedded one. */
class BancoExternoTest {

    @Test
    void usaOBancoExternoConfiguradoEMigraEle() throws Exception {
        try (EmbeddedPostgres externo = EmbeddedPostgres.builder().start()) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NexusApplication.class)
                    .profiles("test")
                    .run("--server.port=0",
                            "--spring.datasource.url=" + externo.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres")) {
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            }
            try (Connection c = externo.getPostgresDatabase().getConnection();
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM domainevententry")) {
                assertThat(r.next()).isTrue();
            }
        }
    }
}
