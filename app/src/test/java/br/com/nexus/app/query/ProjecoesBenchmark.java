package br.com.nexus.app.query;

import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.EventosEmLote;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.app.support.VidaDeBoleto;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.lead.EtapaLead;
import br.com.nexus.kernel.lead.LeadContatado;
import br.com.nexus.kernel.lead.LeadConvertido;
import br.com.nexus.kernel.lead.LeadId;
import br.com.nexus.kernel.lead.LeadPerdido;
import br.com.nexus.kernel.lead.LeadQualificado;
import br.com.nexus.kernel.lead.OrigemLead;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.projecao.EstadoProjecao;
import br.com.nexus.query.projecao.Projecoes;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Read-side figures, run with {@code ./bench.sh projecoes} (sizes by -Dbench.eventos, -Dbench.leitores,
 * -Dbench.leituras): (a) the event table is filled with a realistic mix across 10 tenants, every
 * read model is rebuilt from scratch at once and the events/s are compared with a raw JDBC scan that
 * deserializes the same table; (b) concurrent readers hit the dashboard and the boleto list over
 * HTTP and the latency percentiles are printed. Prints figures, asserts nothing about time.
 */
@Tag("benchmark")
class ProjecoesBenchmark extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ProjecoesBenchmark.class);

    private static final int EVENTOS = Integer.getInteger("bench.eventos", 1_000_000);
    private static final int TENANTS = 10;
    private static final int BOLETOS_POR_TENANT = Integer.getInteger("bench.boletos", EVENTOS / 100);
    private static final int LEITORES = Integer.getInteger("bench.leitores", 50);
    private static final int LEITURAS = Integer.getInteger("bench.leituras", 20_000);
    private static final int LOTE = 1_000;

    @Autowired
    DataSource dataSource;
    @Autowired
    EventStorageEngine armazenamento;
    @Autowired
    EventProcessingConfiguration processamento;
    @Autowired
    Projecoes projecoes;

    private Serializer serializador;
    private final Random aleatorio = new Random(42);

    @Test
    void mede() throws Exception {
        serializador = ((AbstractEventStorageEngine) armazenamento).getEventSerializer();
        List<TenantDeTeste> empresas = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            empresas.add(Autenticacao.novoTenant(url("")));
        }
        // Only the read models under test consume the stream; the other processors (policies,
        // gateways) would compete for the same two cores and react to synthetic history.
        processamento.eventProcessors().values().forEach(p -> p.shutDown());

        long inicioGeracao = System.nanoTime();
        long gerados = 0;
        for (TenantDeTeste empresa : empresas) {
            gerados += gerar(empresa.tenantId(), EVENTOS / TENANTS);
        }
        double segundosGeracao = (System.nanoTime() - inicioGeracao) / 1e9;
        long totalNaTabela = contarEventos();

        long inicioReplay = System.nanoTime();
        for (String grupo : Grupos.TODOS) {
            projecoes.replay(grupo);
        }
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> Grupos.TODOS.stream().map(projecoes::estado).allMatch(ProjecoesBenchmark::terminado));
        double segundosReplay = (System.nanoTime() - inicioReplay) / 1e9;

        StringBuilder porGrupo = new StringBuilder();
        if (Boolean.getBoolean("bench.porGrupo")) {
            for (String grupo : Grupos.TODOS) {
                long inicio = System.nanoTime();
                projecoes.replay(grupo);
                await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(100))
                        .until(() -> terminado(projecoes.estado(grupo)));
                double segundos = (System.nanoTime() - inicio) / 1e9;
                porGrupo.append(String.format(Locale.ROOT, "%n    só %-10s %.1f s = %.0f eventos/s", grupo, segundos,
                        totalNaTabela / segundos));
            }
        }

        long inicioVarredura = System.nanoTime();
        long lidos = varrerEDesserializar();
        double segundosVarredura = (System.nanoTime() - inicioVarredura) / 1e9;

        double replayPorSegundo = totalNaTabela / segundosReplay;
        double varreduraPorSegundo = lidos / segundosVarredura;
        long boletos = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("SELECT count(*) FROM consulta_boleto", Long.class);

        Latencias painel = ler(empresas, "/api/dashboard");
        Latencias lista = ler(empresas, "/api/boletos?size=20&sort=vencimento,desc");

        log.warn(String.format(Locale.ROOT, "%n== Benchmark do lado de consulta (%d núcleos)"
                        + "%ngeração: %d eventos em %d tenants em %.1f s"
                        + "%n(a) replay de %d projeções: %d eventos em %.1f s = %.0f eventos/s%s"
                        + "%n    varredura JDBC + desserialização: %d eventos em %.1f s = %.0f eventos/s"
                        + "%n    razão replay/varredura: %.2f"
                        + "%n(b) %d leitores, %d boletos: %s%n    %s%n",
                Runtime.getRuntime().availableProcessors(), gerados, TENANTS, segundosGeracao,
                Grupos.TODOS.size(), totalNaTabela, segundosReplay, replayPorSegundo, porGrupo,
                lidos, segundosVarredura, varreduraPorSegundo, replayPorSegundo / varreduraPorSegundo,
                LEITORES, boletos, painel.linha("GET /api/dashboard"), lista.linha("GET /api/boletos")));
    }

    private static boolean terminado(EstadoProjecao estado) {
        return estado.emDia() && !estado.replay() && estado.segmentos().stream()
                .allMatch(s -> s.posicao() != null && s.posicao() >= estado.posicaoFinal());
    }

    /** A realistic history of one tenant: clientes, their boletos' whole lifecycle, and leads. */
    private long gerar(TenantId tenant, int quota) throws Exception {
        Instant inicio = Instant.parse("2026-01-01T12:00:00Z");
        try (Connection c = dataSource.getConnection();
                EventosEmLote lote = new EventosEmLote(c, serializador, LOTE, quota)) {
            int clientes = Math.max(1, BOLETOS_POR_TENANT / 2);
            ClienteId[] ids = new ClienteId[clientes];
            for (int i = 0; i < clientes && lote.cabe(1); i++) {
                ids[i] = ClienteId.novo();
                lote.add("Cliente", ids[i], 0, new ClienteCadastrado(ids[i], tenant, null, "Cliente " + i, null,
                        null, null, new DadosConsorcio("G" + i % 40, null, null, "Consultor " + i % 7,
                        "Loja " + i % 5), null), instante(inicio));
            }
            for (int i = 0; i < BOLETOS_POR_TENANT && lote.cabe(8); i++) {
                VidaDeBoleto.escrever(lote, aleatorio, tenant, ids[aleatorio.nextInt(clientes)], instante(inicio),
                        true);
            }
            while (lote.cabe(5)) {
                lead(lote, tenant, inicio);
            }
            return lote.escritos();
        }
    }

    private void lead(EventosEmLote lote, TenantId t, Instant inicio) throws Exception {
        LeadId lead = LeadId.novo();
        Instant quando = instante(inicio);
        lote.add("Lead", lead, 0, new br.com.nexus.kernel.lead.LeadCapturado(lead, t, "Lead", null, null,
                OrigemLead.values()[aleatorio.nextInt(OrigemLead.values().length)], null), quando);
        int ate = aleatorio.nextInt(10);
        if (ate < 6) {
            lote.add("Lead", lead, 1, new LeadContatado(lead, t, null), quando.plus(Duration.ofHours(3)));
        }
        if (ate < 4) {
            lote.add("Lead", lead, 2, new LeadQualificado(lead, t, null), quando.plus(Duration.ofDays(1)));
        }
        if (ate < 1) {
            lote.add("Lead", lead, 3, new LeadConvertido(lead, t, ClienteId.novo(),
                    br.com.nexus.kernel.comum.Cpf.of("111.444.777-35"), "Lead", null, null),
                    quando.plus(Duration.ofDays(3)));
        } else if (ate >= 8) {
            lote.add("Lead", lead, 1, new LeadPerdido(lead, t, "sem interesse", EtapaLead.CAPTURADO),
                    quando.plus(Duration.ofDays(2)));
        }
    }

    private Instant instante(Instant inicio) {
        return inicio.plusSeconds(aleatorio.nextInt(90 * 24 * 3600));
    }

    private long contarEventos() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    /** What any reader of the event table must do at least: fetch every row and deserialize it. */
    private long varrerEDesserializar() throws Exception {
        long lidos = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(LOTE);
                try (ResultSet rs = st.executeQuery("""
                        SELECT globalindex, payloadtype, payloadrevision, payload, metadata
                        FROM domainevententry ORDER BY globalindex""")) {
                    while (rs.next()) {
                        Object payload = serializador.deserialize(new SimpleSerializedObject<>(rs.getBytes(4),
                                byte[].class, new SimpleSerializedType(rs.getString(2), rs.getString(3))));
                        Object metadata = serializador.deserialize(new SimpleSerializedObject<>(rs.getBytes(5),
                                byte[].class, MetaData.class.getName(), null));
                        if (payload != null && metadata != null) {
                            lidos++;
                        }
                    }
                }
            }
            c.commit();
        }
        return lidos;
    }

    private Latencias ler(List<TenantDeTeste> empresas, String caminho) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(LEITORES)).build();
        String[] tokens = empresas.stream().map(e -> e.token(Papel.OPERADOR)).toArray(String[]::new);
        for (int i = 0; i < 500; i++) {
            chamar(http, caminho, tokens[i % tokens.length]);
        }
        long[] latencias = new long[LEITURAS];
        ExecutorService leitores = Executors.newFixedThreadPool(LEITORES);
        try {
            List<Future<?>> trabalhos = new ArrayList<>();
            for (int l = 0; l < LEITORES; l++) {
                int leitor = l;
                trabalhos.add(leitores.submit(() -> {
                    for (int i = leitor; i < LEITURAS; i += LEITORES) {
                        long inicio = System.nanoTime();
                        chamar(http, caminho, tokens[i % tokens.length]);
                        latencias[i] = System.nanoTime() - inicio;
                    }
                    return null;
                }));
            }
            long inicio = System.nanoTime();
            for (Future<?> t : trabalhos) {
                t.get();
            }
            return new Latencias(latencias, System.nanoTime() - inicio);
        } finally {
            leitores.shutdownNow();
        }
    }

    private void chamar(HttpClient http, String caminho, String token) throws Exception {
        HttpResponse<Void> resposta = http.send(request(caminho, token).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (resposta.statusCode() != 200) {
            throw new IllegalStateException(caminho + " respondeu " + resposta.statusCode());
        }
    }

    private record Latencias(long[] nanos, long duracao) {

        String linha(String nome) {
            long[] ordenadas = nanos.clone();
            Arrays.sort(ordenadas);
            return String.format(Locale.ROOT, "%-22s %7.0f req/s   p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms", nome,
                    nanos.length / (duracao / 1e9), p(ordenadas, 50), p(ordenadas, 95), p(ordenadas, 99));
        }

        private static double p(long[] ordenadas, double percentil) {
            int i = (int) Math.ceil(percentil / 100 * ordenadas.length) - 1;
            return ordenadas[Math.max(0, Math.min(ordenadas.length - 1, i))] / 1e6;
        }
    }
}
