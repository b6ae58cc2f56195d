package br.com.nexus.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run asked of PostgreSQL, statement by statement, from {@code pg_stat_statements} (loaded when
 * {@code nexus.embedded-postgres.statement-statistics=true}), grouped by the part of the application
 * that sends it. Each statement is a round trip: the driver, the pool and Spring on our side, the
 * protocol, planning and execution on PostgreSQL's; the execution time is PostgreSQL's alone.
 */
final class SqlPorParte {

    private record Parte(String nome, Pattern consulta) {
    }

    private static final List<Parte> PARTES = List.of(
            parte("transactions begun (BEGIN)", "^begin"),
            parte("savepoints around each read-model event (SAVEPOINT, RELEASE)", "savepoint"),
            parte("event store: appends", "insert into domainevententry"),
            parte("event store: aggregate loads", "from domainevententry where aggregateidentifier"),
            parte("event store: processors' stream reads and gap checks", "from domainevententry"),
            parte("processors' tokens", "tokenentry"),
            parte("saga store (sagas and associations)", "sagaentry|associationvalueentry"),
            parte("deadlines and tasks (db-scheduler)", "scheduled_tasks"),
            parte("read models", "consulta_|dashboard_|financeiro_|timeline_|funil_|relatorio_"),
            parte("WhatsApp dispatch, sender, pacing, pause", "whatsapp_"),
            parte("payments, provider webhooks, integrations", "pagamento_|integracao|webhook"),
            parte("régua spacing per cliente (sagas)", "cobranca_envio_cliente"),
            parte("everything else", ""));

    private final JdbcTemplate jdbc;

    SqlPorParte(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean disponivel() {
        Integer carregada = jdbc.queryForObject(
                "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'", Integer.class);
        return carregada != null && carregada > 0;
    }

    void zerar() {
        jdbc.queryForList("SELECT pg_stat_statements_reset()");
    }

    /** The view as it stands now, most called statement first: one reading for every figure of a run. */
    List<Declaracao> ler() {
        return jdbc.query("SELECT query, calls, total_exec_time FROM pg_stat_statements ORDER BY calls DESC",
                (rs, i) -> new Declaracao(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
    }

    /** Per part: statements per boleto and PostgreSQL's execution time per boleto; the total last. */
    static Map<String, String> porBoleto(List<Declaracao> declaracoes, long boletos) {
        Map<Parte, Soma> porParte = new LinkedHashMap<>();
        PARTES.forEach(parte -> porParte.put(parte, new Soma()));
        Soma todas = new Soma();
        for (Declaracao declaracao : declaracoes) {
            String consulta = declaracao.texto().toLowerCase(Locale.ROOT);
            Parte parte = PARTES.stream().filter(p -> p.consulta().matcher(consulta).find()).findFirst().orElseThrow();
            porParte.get(parte).somar(declaracao.chamadas(), declaracao.milissegundos());
            todas.somar(declaracao.chamadas(), declaracao.milissegundos());
        }
        double n = Math.max(1, boletos);
        Map<String, String> linhas = new LinkedHashMap<>();
        porParte.forEach((parte, soma) -> linhas.put("statements per boleto: " + parte.nome(),
                String.format(Locale.ROOT, "%.1f (executing: %.2f ms)", soma.chamadas / n, soma.milissegundos / n)));
        linhas.put("statements per boleto, all", String.format(Locale.ROOT,
                "%.1f (executing: %.2f ms; %,d statements, %.1f s in the run)", todas.chamadas / n,
                todas.milissegundos / n, todas.chamadas, todas.milissegundos / 1000));
        return linhas;
    }

    /**
     * Every statement on a line of its own, tab-separated: calls per boleto, PostgreSQL's execution time
     * per boleto, the statement; for a closer look at one part.
     */
    static void detalhar(List<Declaracao> declaracoes, long boletos, Path arquivo) throws IOException {
        double n = Math.max(1, boletos);
        Files.write(arquivo, declaracoes.stream()
                .map(d -> String.format(Locale.ROOT, "%.2f\t%.3f\t%s", d.chamadas() / n, d.milissegundos() / n,
                        d.texto().replaceAll("\\s+", " ")))
                .toList());
    }

    /** One statement as the view keeps it: its normalised text, how often it was sent, PostgreSQL's time on it. */
    record Declaracao(String texto, long chamadas, double milissegundos) {
    }

    /** Calls and execution time of the statements of one part. */
    private static final class Soma {

        private long chamadas;
        private double milissegundos;

        void somar(long maisChamadas, double maisMilissegundos) {
            chamadas += maisChamadas;
            milissegundos += maisMilissegundos;
        }
    }

    private static Parte parte(String nome, String consulta) {
        return new Parte(nome, Pattern.compile(consulta));
    }
}
