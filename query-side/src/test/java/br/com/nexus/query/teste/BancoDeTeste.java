package br.com.nexus.query.teste;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * One embedded PostgreSQL per test JVM with the read-model tables created by the real migrations
 * in app (V1, V10 to V29, V40, V47 and V52). Tests isolate themselves by using a fresh tenant each.
 */
public final class BancoDeTeste {

    private static final String MIGRACOES = "app/src/main/resources/db/migration";
    private static final Pattern DO_LADO_DE_CONSULTA = Pattern.compile("V(\\d+)__.*\\.sql");
    /** Axon's event store, where the timeline reads each event's exact position. */
    private static final int ARMAZEM_DE_EVENTOS = 1;
    /** Holds the read model of paused WhatsApp sending next to the command side's table. */
    private static final int PAUSA_DE_ENVIOS = 40;
    /** The accent-insensitive search function the lists use. */
    private static final int BUSCA_SEM_ACENTO = 47;
    /** What each boleto received, in the boleto list and the dashboard. */
    private static final int VALOR_RECEBIDO = 52;
    private static EmbeddedPostgres postgres;

    private BancoDeTeste() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(BancoDeTeste::parar));
                try (var conexao = postgres.getPostgresDatabase().getConnection()) {
                    for (Path migracao : migracoes()) {
                        ScriptUtils.executeSqlScript(conexao, new FileSystemResource(migracao));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres.getPostgresDatabase();
    }

    public static NamedParameterJdbcTemplate jdbc() {
        return new NamedParameterJdbcTemplate(dataSource());
    }

    private static List<Path> migracoes() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(MIGRACOES))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(MIGRACOES + " não encontrado acima de " + Path.of("").toAbsolutePath());
        }
        try (Stream<Path> arquivos = Files.list(dir.resolve(MIGRACOES))) {
            return arquivos.filter(p -> versao(p) >= 10 && versao(p) <= 29 || versao(p) == PAUSA_DE_ENVIOS
                    || versao(p) == ARMAZEM_DE_EVENTOS || versao(p) == BUSCA_SEM_ACENTO || versao(p) == VALOR_RECEBIDO)
                    .sorted((a, b) -> Integer.compare(versao(a), versao(b)))
                    .toList();
        }
    }

    private static int versao(Path arquivo) {
        Matcher m = DO_LADO_DE_CONSULTA.matcher(arquivo.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void parar() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
