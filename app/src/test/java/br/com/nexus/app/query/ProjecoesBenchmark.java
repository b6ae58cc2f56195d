package br.com.nexus.app.query;

import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.EventosEmLote;
import br.com.nexus.app.support.GeradorDeCarga;
import br.com.nexus.app.support.GeradorDeCarga.Leituras;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.app.support.LeituraVaziaController;
import br.com.nexus.app.support.MedidorDeHeap;
import br.com.nexus.app.support.ResultadoDoBenchmark;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Read-side figures, run with {@code ./bench.sh projecoes} (sizes by -Dbench.eventos, -Dbench.leitores,
 * -Dbench.rodadas, -Dbench.turno in seconds): (a) the event table is filled with a realistic mix across
 * 10 tenants, every read model is rebuilt from scratch at once and the events/s are compared with a raw
 * JDBC scan that deserializes the same table; (b) readers in a JVM of their own read the dashboard, the
 * boleto list and an authenticated no-op in turns over HTTP. Prints one table, asserts nothing about time.
 */
@Tag("benchmark")
class ProjecoesBenchmark extends IntegrationTest {

    private static final int EVENTOS = Integer.getInteger("bench.eventos", 1_000_000);
    private static final int TENANTS = 10;
    private static final int BOLETOS_POR_TENANT = Integer.getInteger("bench.boletos", EVENTOS / 100);
    private static final int LEITORES = Integer.getInteger("bench.leitores", 50);
    /** Rounds of the readers; in each, every path is read for one turn. */
    private static final int RODADAS = Integer.getInteger("bench.rodadas", 5);
    private static final Duration TURNO = Duration.ofSeconds(Long.getLong("bench.turno", 10));
    private static final String PAINEL = "/api/dashboard";
    private static final String LISTA = "/api/boletos?situacao=PENDENTE&size=20&sort=vencimento,desc";
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

        MedidorDeHeap heap = new MedidorDeHeap();
        System.gc();
        heap.iniciar();
        long inicioReplay = System.nanoTime();
        for (String grupo : Grupos.TODOS) {
            projecoes.replay(grupo);
        }
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> Grupos.TODOS.stream().map(projecoes::estado).allMatch(ProjecoesBenchmark::terminado));
        double segundosReplay = (System.nanoTime() - inicioReplay) / 1e9;
        heap.parar();

        Map<String, String> porGrupo = new LinkedHashMap<>();
        if (Boolean.getBoolean("bench.porGrupo")) {
            for (String grupo : Grupos.TODOS) {
                long inicio = System.nanoTime();
                projecoes.replay(grupo);
                await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(100))
                        .until(() -> terminado(projecoes.estado(grupo)));
                double segundos = (System.nanoTime() - inicio) / 1e9;
                porGrupo.put("rebuild of " + grupo + " alone", String.format(Locale.ROOT, "%.1f s = %,.0f events/s",
                        segundos, totalNaTabela / segundos));
            }
        }

        long inicioVarredura = System.nanoTime();
        long lidos = varrerEDesserializar();
        double segundosVarredura = (System.nanoTime() - inicioVarredura) / 1e9;

        double replayPorSegundo = totalNaTabela / segundosReplay;
        double varreduraPorSegundo = lidos / segundosVarredura;
        long boletos = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("SELECT count(*) FROM consulta_boleto", Long.class);
        ResultadoDoBenchmark resultado = new ResultadoDoBenchmark("Rebuild of the read models and readers")
                .medida("events generated (" + TENANTS + " tenants)", String.format(Locale.ROOT, "%,d in %.1f s",
                        gerados, segundosGeracao))
                .comparacao("rebuild of " + Grupos.TODOS.size() + " groups at once, " + String.format(Locale.ROOT,
                        "%,d events in %.1f s", totalNaTabela, segundosReplay), replayPorSegundo, varreduraPorSegundo,
                        "events/s", "JDBC scan + Jackson deserialization, " + String.format(Locale.ROOT, "%.1f s",
                                segundosVarredura))
                .heap("during the rebuild", heap);
        porGrupo.forEach(resultado::medida);

        MedidorDeHeap heapDasLeituras = new MedidorDeHeap();
        System.gc();
        heapDasLeituras.iniciar();
        // Signed in again: the tokens of the start may have expired during a long rebuild.
        List<String> tokens = empresas.stream().map(e -> Autenticacao.accessToken(url(""),
                e.usuario(Papel.OPERADOR).email(), Autenticacao.SENHA)).toList();
        Map<String, Leituras> leituras = GeradorDeCarga.medir(url(""), tokens, LEITORES, RODADAS, TURNO,
                List.of(LeituraVaziaController.CAMINHO, PAINEL, LISTA));
        heapDasLeituras.parar();
        Leituras nada = leituras.get(LeituraVaziaController.CAMINHO);
        String comoReferencia = "authenticated no-op GET, " + nada.latencias();
        for (String caminho : List.of(PAINEL, LISTA)) {
            Leituras l = leituras.get(caminho);
            resultado.comparacao("GET " + caminho + ", " + LEITORES + " connections from another JVM"
                    + (l.erros() > 0 ? ", " + l.erros() + " errors" : ""), l.porSegundo(), nada.porSegundo(),
                    "req/s", comoReferencia);
            resultado.medida("GET " + caminho + " latency (" + boletos + " boletos in all)", l.latencias());
        }
        resultado.heap("during the reads", heapDasLeituras).imprimir();
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
}
