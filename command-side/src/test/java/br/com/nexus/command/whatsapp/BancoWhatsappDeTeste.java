package br.com.nexus.command.whatsapp;

import br.com.nexus.command.PostgresDeTeste;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;

/** The command side's test database with the WhatsApp tables, created from the real migrations in app. */
public final class BancoWhatsappDeTeste {

    /** Each migration with a table it creates, so that one already applied is not run again. */
    private static final List<Migracao> MIGRACOES = List.of(
            new Migracao("app/src/main/resources/db/migration/V7__whatsapp.sql", "whatsapp_envio"),
            new Migracao("app/src/main/resources/db/migration/V40__whatsapp_pausa_de_envios.sql", "whatsapp_pausa"));
    private static boolean criado;

    private BancoWhatsappDeTeste() {
    }

    public static synchronized DataSource dataSource() {
        DataSource dataSource = PostgresDeTeste.dataSource();
        if (!criado) {
            for (Migracao migracao : MIGRACOES) {
                Integer existe = new JdbcTemplate(dataSource).queryForObject(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?", Integer.class,
                        migracao.tabela());
                if (existe == 0) {
                    try (var conexao = dataSource.getConnection()) {
                        ScriptUtils.executeSqlScript(conexao, new FileSystemResource(caminho(migracao.arquivo())));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
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

    private static Path caminho(String migracao) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(migracao))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(migracao + " não encontrado acima de " + Path.of("").toAbsolutePath());
        }
        return dir.resolve(migracao);
    }

    private record Migracao(String arquivo, String tabela) {
    }
}
