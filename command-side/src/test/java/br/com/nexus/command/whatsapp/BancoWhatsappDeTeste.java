package br.com.nexus.command.whatsapp;

import br.com.nexus.command.PostgresDeTeste;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;

/** The command side's test database with the WhatsApp tables, created from the real migration in app. */
public final class BancoWhatsappDeTeste {

    private static final String MIGRACAO = "app/src/main/resources/db/migration/V7__whatsapp.sql";
    private static boolean criado;

    private BancoWhatsappDeTeste() {
    }

    public static synchronized DataSource dataSource() {
        DataSource dataSource = PostgresDeTeste.dataSource();
        if (!criado) {
            Integer existe = new JdbcTemplate(dataSource).queryForObject(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'whatsapp_envio'", Integer.class);
            if (existe == 0) {
                try (var conexao = dataSource.getConnection()) {
                    ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracao()));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            criado = true;
        }
        return dataSource;
    }

    public static JdbcTemplate jdbcTemplate() {
        return new JdbcTemplate(dataSource());
    }

    public static PlatformTransactionManager transactionManager() {
        return new DataSourceTransactionManager(dataSource());
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
}
