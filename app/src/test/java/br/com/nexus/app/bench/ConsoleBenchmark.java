package br.com.nexus.app.bench;

import static org.awaitility.Awaitility.await;

import br.com.nexus.app.console.ItemDoMenu;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.EventosEmLote;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.app.support.ResultadoDoBenchmark;
import br.com.nexus.app.support.VidaDeBoleto;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteCadastrado;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cliente.DadosConsorcio;
import br.com.nexus.kernel.comum.Cpf;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.seguranca.Papel;
import br.com.nexus.query.comum.Grupos;
import br.com.nexus.query.projecao.Projecoes;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's server time with a big firm: one tenant gets N boletos (default 100,000,
 * {@code -Dbench.boletos=}) of 10,000 clientes, with payments, overdue marks and dispatches, written
 * to the event store in batches and projected by the read models' own processors (the policies and
 * sagas are stopped, so they do not react to the synthetic history). Then an ADMIN, signed in
 * through the console's form, opens every page of the menu ({@link ItemDoMenu#TODOS}, so pages added
 * later are measured too) and the pages that take an id, R times each ({@code -Dbench.leituras=},
 * default 50) one after another; the time is the HTTP round trip over loopback, an upper bound of the
 * server's. Run with {@code ./bench.sh console}; prints figures, asserts nothing about time.
 */
@Tag("benchmark")
class ConsoleBenchmark extends IntegrationTest {

    private static final int BOLETOS = Integer.getInteger("bench.boletos", 100_000);
    private static final int BOLETOS_POR_CLIENTE = 10;
    private static final int LEITURAS = Integer.getInteger("bench.leituras", 50);
    private static final int AQUECIMENTO = 5;
    private static final int LOTE = 1_000;
    private static final double LIMITE_MS = 300;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    DataSource dataSource;
    @Autowired
    EventStorageEngine armazenamento;
    @Autowired
    EventProcessingConfiguration processamento;
    @Autowired
    Projecoes projecoes;

    private final Random aleatorio = new Random(8);

    @Test
    void mede() throws Exception {
        TenantDeTeste empresa = Autenticacao.novoTenant(url(""));
        processamento.eventProcessors().values().forEach(p -> p.shutDown());
        ResultadoDoBenchmark resultado = new ResultadoDoBenchmark("console: server time per page, "
                + BOLETOS + " boletos in one tenant");

        long inicio = System.nanoTime();
        Historico historico = escrever(empresa.tenantId());
        double segundosEscrita = (System.nanoTime() - inicio) / 1e9;
        inicio = System.nanoTime();
        for (String grupo : Grupos.TODOS) {
            processamento.eventProcessor(grupo).orElseThrow().start();
        }
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(1)).until(() -> Grupos.TODOS.stream()
                .map(projecoes::estado).allMatch(e -> e.segmentos().stream()
                        .allMatch(s -> s.posicao() != null && s.posicao() >= e.posicaoFinal())));
        double segundosProjecao = (System.nanoTime() - inicio) / 1e9;
        resultado.medida("history written (events, batches of " + LOTE + ")",
                        String.format(Locale.ROOT, "%,d events in %.1f s", historico.eventos(), segundosEscrita))
                .medida("read models caught up (" + Grupos.TODOS.size() + " processing groups)",
                        String.format(Locale.ROOT, "%.1f s", segundosProjecao));

        HttpClient console = entrar(empresa.usuario(Papel.ADMIN).email());
        List<String> paginas = new ArrayList<>();
        ItemDoMenu.TODOS.stream().filter(item -> item.papeis().contains(Papel.ADMIN))
                .forEach(item -> paginas.add(item.caminho()));
        paginas.addAll(List.of(
                "/painel?periodo=MES",
                "/clientes?pagina=250",
                "/clientes?busca=" + URLEncoder.encode("cliente 4321", StandardCharsets.UTF_8),
                "/clientes/" + historico.cliente(),
                "/auditoria?tipo=boleto&id=" + historico.boleto(),
                "/auditoria?tipo=cliente&id=" + historico.cliente()));
        List<String> acimaDoLimite = new ArrayList<>();
        for (String pagina : paginas) {
            double[] ms = medir(console, pagina);
            resultado.medida("GET " + pagina + " (p50 · p99 of " + LEITURAS + ")",
                    String.format(Locale.ROOT, "%.1f ms · %.1f ms", ms[0], ms[1]));
            if (ms[1] > LIMITE_MS) {
                acimaDoLimite.add(pagina);
            }
        }
        double[] api = medirApi("/api/boletos?size=20", empresa.token(Papel.ADMIN));
        double[] lista = medir(console, "/clientes");
        resultado.comparacao("p50 GET /clientes (page) vs GET /api/boletos?size=20 (API)", lista[0], api[0], "ms",
                        "the API's boleto list")
                .medida("pages whose p99 is over " + (int) LIMITE_MS + " ms",
                        acimaDoLimite.isEmpty() ? "none" : String.join(", ", acimaDoLimite));
        resultado.imprimir();
    }

    /** One request after another, after a warm-up: p50 and p99 in milliseconds. */
    private double[] medir(HttpClient console, String pagina) throws Exception {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create(url(pagina))).GET().build();
        return percentis(() -> {
            HttpResponse<Void> resposta = console.send(pedido, HttpResponse.BodyHandlers.discarding());
            if (resposta.statusCode() != 200) {
                throw new IllegalStateException(pagina + " respondeu " + resposta.statusCode());
            }
        });
    }

    private double[] medirApi(String caminho, String token) throws Exception {
        return percentis(() -> {
            Resposta resposta = get(caminho, token);
            if (resposta.status() != 200) {
                throw new IllegalStateException(caminho + " respondeu " + resposta);
            }
        });
    }

    private interface Pedido {
        void fazer() throws Exception;
    }

    private static double[] percentis(Pedido pedido) throws Exception {
        for (int i = 0; i < AQUECIMENTO; i++) {
            pedido.fazer();
        }
        long[] nanos = new long[LEITURAS];
        for (int i = 0; i < LEITURAS; i++) {
            long inicio = System.nanoTime();
            pedido.fazer();
            nanos[i] = System.nanoTime() - inicio;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[indice(50)] / 1e6, nanos[indice(99)] / 1e6};
    }

    private static int indice(double percentil) {
        return Math.max(0, Math.min(LEITURAS - 1, (int) Math.ceil(percentil / 100 * LEITURAS) - 1));
    }

    /** Signs in through the console's own form: the session cookie and its CSRF token, as a browser would. */
    private HttpClient entrar(String email) throws Exception {
        HttpClient cliente = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String formulario = cliente.send(HttpRequest.newBuilder(URI.create(url("/entrar"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(formulario);
        if (!csrf.find()) {
            throw new IllegalStateException("formulário de entrada sem _csrf");
        }
        String corpo = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&senha="
                + URLEncoder.encode(Autenticacao.SENHA, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> entrada = cliente.send(HttpRequest.newBuilder(URI.create(url("/entrar")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corpo)).build(), HttpResponse.BodyHandlers.ofString());
        if (!entrada.uri().getPath().equals("/painel")) {
            throw new IllegalStateException("não entrou no console: " + entrada.uri());
        }
        return cliente;
    }

    /** Where the history ends up: how many events, and one cliente and one of its boletos to open. */
    private record Historico(long eventos, ClienteId cliente, BoletoId boleto) {
    }

    /**
     * The firm's history, written as the event store writes it: clientes, then each boleto's life
     * (60 % paid by PIX or boleto, 30 % overdue, the rest pending; one in ten dispatched and delivered).
     */
    private Historico escrever(TenantId tenant) throws Exception {
        Serializer serializador = ((AbstractEventStorageEngine) armazenamento).getEventSerializer();
        Instant inicio = Instant.parse("2026-06-01T12:00:00Z");
        try (Connection conexao = dataSource.getConnection();
                EventosEmLote lote = new EventosEmLote(conexao, serializador, LOTE, Long.MAX_VALUE)) {
            ClienteId[] clientes = new ClienteId[Math.max(1, BOLETOS / BOLETOS_POR_CLIENTE)];
            for (int i = 0; i < clientes.length; i++) {
                clientes[i] = ClienteId.novo();
                lote.add("Cliente", clientes[i], 0, new ClienteCadastrado(clientes[i], tenant, Cpf.of(cpf(i)),
                        "Cliente " + i, null, null, null, new DadosConsorcio("G" + i % 40, String.valueOf(i % 300),
                        null, "Consultor " + i % 7, "Loja " + i % 5), null), instante(inicio));
            }
            BoletoId primeiro = null;
            for (int i = 0; i < BOLETOS; i++) {
                BoletoId boleto = VidaDeBoleto.escrever(lote, aleatorio, tenant, clientes[i % clientes.length],
                        instante(inicio), aleatorio.nextInt(10) == 0);
                primeiro = primeiro == null ? boleto : primeiro;
            }
            return new Historico(lote.escritos(), clientes[0], primeiro);
        }
    }

    private Instant instante(Instant inicio) {
        return inicio.plusSeconds(aleatorio.nextInt(180 * 24 * 3600));
    }

    /** A valid CPF per index: nine digits from the index, then the two check digits. */
    private static String cpf(int indice) {
        int[] d = new int[11];
        String base = String.format("%09d", 100_000_000 + indice);
        for (int i = 0; i < 9; i++) {
            d[i] = base.charAt(i) - '0';
        }
        for (int j = 9; j < 11; j++) {
            int soma = 0;
            for (int i = 0; i < j; i++) {
                soma += d[i] * (j + 1 - i);
            }
            int resto = soma % 11;
            d[j] = resto < 2 ? 0 : 11 - resto;
        }
        StringBuilder cpf = new StringBuilder();
        for (int digito : d) {
            cpf.append(digito);
        }
        return cpf.toString();
    }
}
