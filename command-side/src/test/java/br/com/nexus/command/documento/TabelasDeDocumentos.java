package br.com.nexus.command.documento;

import br.com.nexus.command.PostgresDeTeste;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** The test database with the real migrations of the integration settings and the documents' tables. */
final class TabelasDeDocumentos {

    private static final String MIGRACOES = "app/src/main/resources/db/migration";
    private static boolean criadas;

    private TabelasDeDocumentos() {
    }

    static synchronized JdbcTemplate jdbc() {
        JdbcTemplate jdbc = PostgresDeTeste.jdbcTemplate();
        if (!criadas) {
            criar(jdbc, "V6__integracoes.sql", "integracao");
            criar(jdbc, "V9__documentos.sql", "documento_pdf");
            Boolean comImpressao = jdbc.queryForObject("""
                    SELECT EXISTS (SELECT 1 FROM information_schema.columns
                                   WHERE table_name = 'documento_pdf' AND column_name = 'beneficiario_impressao')""",
                    Boolean.class);
            if (!Boolean.TRUE.equals(comImpressao)) {
                executar("V66__pdf_beneficiario.sql");
            }
            criadas = true;
        }
        return jdbc;
    }

    private static void criar(JdbcTemplate jdbc, String migracao, String tabela) {
        Boolean existe = jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, tabela);
        if (Boolean.TRUE.equals(existe)) {
            return;
        }
        executar(migracao);
    }

    private static void executar(String migracao) {
        try (var conexao = PostgresDeTeste.dataSource().getConnection()) {
            ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracoes().resolve(migracao)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path migracoes() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(MIGRACOES))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(MIGRACOES + " não encontrado");
        }
        return dir.resolve(MIGRACOES);
    }
}
