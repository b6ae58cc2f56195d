package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.command.PostgresDeTeste;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** The shared test database with this package's tables, created from the real migration in app. */
public final class TabelasDeProvedores {

    private static final String PASTA = "app/src/main/resources/db/migration/";
    private static final String MIGRACAO = PASTA + "V8__pagamentos_provedores.sql";
    private static final String CONCILIACAO = PASTA + "V63__conciliacao_asaas.sql";
    private static final String RITMO_DA_CONCILIACAO = PASTA + "V78__conciliacao_asaas_ritmo.sql";
    private static boolean criadas;

    private TabelasDeProvedores() {
    }

    public static synchronized DataSource dataSource() {
        DataSource dataSource = PostgresDeTeste.dataSource();
        if (!criadas) {
            try (Connection conexao = dataSource.getConnection()) {
                ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracao(MIGRACAO)));
                ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracao(CONCILIACAO)));
                ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracao(RITMO_DA_CONCILIACAO)));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            criadas = true;
        }
        return dataSource;
    }

    private static Path migracao(String arquivo) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(arquivo))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(arquivo + " não encontrado");
        }
        return dir.resolve(arquivo);
    }
}
