package br.com.nexus.app.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDir    where the cluster lives; empty means a throw-away directory (tests)
 * @param durable    fsync and synchronous commit on: required for data people keep
 * @param port       0 picks a free port
 * @param statementStatistics loads {@code pg_stat_statements}, so that the view of that name counts
 *                   every statement the application sends (calls, rows, execution time); off by default
 */
@ConfigurationProperties("nexus.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDir, boolean durable, int port, boolean statementStatistics) {
}
