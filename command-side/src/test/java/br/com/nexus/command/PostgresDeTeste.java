package br.com.nexus.command;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * One embedded PostgreSQL per test JVM, with the command side's lookup tables created from the
 * real migration in app. Tests isolate themselves by using a fresh tenant each.
 */
public final class PostgresDeTeste {

    private static final String MIGRACAO = "app/src/main/resources/db/migration/V5__lookups_command_side.sql";
    private static final String MIGRACAO_LINHAS = "app/src/main/resources/db/migration/V50__boleto_linha_digitavel.sql";
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private PostgresDeTeste() {
    }

    /** Always the same instance, so that Spring binds one transaction's connection for every JdbcTemplate. */
    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresDeTeste::parar));
                dataSource = postgres.getPostgresDatabase();
                try (var conexao = dataSource.getConnection()) {
                    ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracao()));
                    ScriptUtils.executeSqlScript(conexao,
                            new FileSystemResource(migracao().getParent().resolve(Path.of(MIGRACAO_LINHAS).getFileName())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return dataSource;
    }

    public static JdbcTemplate jdbcTemplate() {
        return new JdbcTemplate(dataSource());
    }

    private static Path migracao() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(MIGRACAO))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(MIGRACAO + " não encontrado acima de " + Path.of("").toAbsolutePath());
        }
        return dir.resolve(MIGRACAO);
    }

    private static void parar() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
