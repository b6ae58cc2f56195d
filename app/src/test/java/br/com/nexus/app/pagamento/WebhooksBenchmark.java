package br.com.nexus.app.pagamento;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.MedidorDeHeap;
import br.com.nexus.app.support.ResultadoDoBenchmark;
import br.com.nexus.command.pagamento.provedor.CobrancaNoProvedor;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A burst of Asaas webhooks over real HTTP against the running application: PAYMENT_RECEIVED for
 * thousands of distinct charges of one firm, a tenth of the calls resending an event id already
 * sent, interleaved at random, from 16 concurrent senders; Asaas (WireMock) answers the
 * confirmation GETs, on the durable settings of the shipped default (fsync and synchronous commit
 * on). Proves one PagamentoConfirmado per Pagamento in the event store, no 5xx and the inbox drained, and prints the figures. Run with {@code ./bench.sh webhooks}
 * ({@code -Dbench.webhooks=N} for another size).
 */
@Tag("benchmark")
@TestPropertySource(properties = "nexus.embedded-postgres.durable=true")
class WebhooksBenchmark extends ProvedorIT {

    private static final Logger log = LoggerFactory.getLogger(WebhooksBenchmark.class);

    private static final int WEBHOOKS = Integer.getInteger("bench.webhooks", 10_000);
    private static final int REENVIOS = WEBHOOKS / 10;
    private static final int COBRANCAS = WEBHOOKS - REENVIOS;
    private static final int REMETENTES = 16;
    private static final Duration ESPERA_MAXIMA = Duration.ofMinutes(30);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private CobrancasNoProvedor cobrancas;

    @Test
    void mede() throws Exception {
        TenantDeTeste empresa = novaEmpresa();
        String token = configurarAsaas(empresa);
        ClienteId cliente = ClienteId.de(cadastrarCliente(empresa));
        asaas.stubFor(WireMock.get(urlPathMatching("/v3/payments/pay_bench_[0-9]+"))
                .willReturn(okJson(Provedores.cobrancaNoStatus("pay_bench", "RECEIVED", "99.90", null))));

        String prefixo = "pay_bench_" + System.nanoTime() % 1_000_000 + "0";
        PagamentoId[] pagamentos = new PagamentoId[COBRANCAS];
        long preparo = System.nanoTime();
        emParalelo(COBRANCAS, REMETENTES, i -> {
            pagamentos[i] = PagamentoId.novo();
            String referencia = prefixo + i;
            cobrancas.registrar(new CobrancaNoProvedor(empresa.tenantId(), Provedor.ASAAS, referencia, pagamentos[i],
                    null));
            commands.sendAndWait(new CriarPagamentoCommand(pagamentos[i], empresa.tenantId(), null, cliente,
                    Provedor.ASAAS, referencia, Dinheiro.parse("99.90"), MetodoPagamento.PIX));
        });
        log.warn("Prepared {} Pagamentos with Asaas charges in {} s", COBRANCAS,
                (System.nanoTime() - preparo) / 1_000_000_000);

        // Every charge once, then a tenth of them again (same event id), all shuffled together.
        List<Integer> ordem = new ArrayList<>(WEBHOOKS);
        for (int i = 0; i < COBRANCAS; i++) {
            ordem.add(i);
        }
        Random sorteio = new Random(42);
        for (int i = 0; i < REENVIOS; i++) {
            ordem.add(sorteio.nextInt(COBRANCAS));
        }
        Collections.shuffle(ordem, sorteio);
        String[] corpos = new String[COBRANCAS];
        for (int i = 0; i < COBRANCAS; i++) {
            corpos[i] = Provedores.eventoAsaas("evt_bench_" + prefixo + i, "PAYMENT_RECEIVED", prefixo + i, "99.90",
                    pagamentos[i].toString());
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI destino = URI.create(url("/api/webhooks/asaas"));
        long[] latencias = new long[WEBHOOKS];
        ConcurrentHashMap<Integer, AtomicInteger> porStatus = new ConcurrentHashMap<>();
        MedidorDeHeap heap = new MedidorDeHeap();
        System.gc();
        heap.iniciar();

        long inicio = System.nanoTime();
        emParalelo(WEBHOOKS, REMETENTES, i -> {
            HttpRequest pedido = HttpRequest.newBuilder(destino).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("asaas-access-token", token)
                    .POST(HttpRequest.BodyPublishers.ofString(corpos[ordem.get(i)])).build();
            long antes = System.nanoTime();
            int status;
            try {
                status = http.send(pedido, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            latencias[i] = System.nanoTime() - antes;
            porStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        });
        long envio = System.nanoTime() - inicio;
        try {
            await().atMost(ESPERA_MAXIMA).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> pendentes(empresa) == 0);
        } catch (ConditionTimeoutException e) {
            // Reported as it stands: the checks below say what was left in the inbox.
        }
        long drenagem = System.nanoTime() - inicio;
        heap.parar();

        int aceitos = porStatus.getOrDefault(200, new AtomicInteger()).get();
        long[] ordenadas = latencias.clone();
        Arrays.sort(ordenadas);
        double segundosDeEnvio = envio / 1e9;
        new ResultadoDoBenchmark("Asaas webhooks over HTTP")
                .medida("calls (" + COBRANCAS + " charges + " + REENVIOS + " resent events), " + REMETENTES
                        + " senders in the app's JVM",
                        WEBHOOKS + ", answers by status " + new java.util.TreeMap<>(porStatus))
                .medida("synchronous_commit", jdbc.queryForObject("SHOW synchronous_commit", String.class))
                .medida("webhooks accepted per second", String.format(Locale.ROOT, "%.0f (%d in %.1f s)",
                        aceitos / segundosDeEnvio, aceitos, segundosDeEnvio))
                .medida("answer latency", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                        percentil(ordenadas, 50), percentil(ordenadas, 99), ordenadas[ordenadas.length - 1] / 1e6))
                .medida("inbox drained after (since the first send)", String.format(Locale.ROOT, "%.1f s",
                        drenagem / 1e9))
                .heap(heap)
                .imprimir();

        assertThat(porStatus.keySet()).as("só 200").containsOnly(200);
        assertThat(pendentes(empresa)).as("caixa de entrada drenada").isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM pagamento_evento_provedor WHERE tenant_id = ? AND situacao = 'APLICADO'""",
                Long.class, empresa.tenantId().valor())).isEqualTo(COBRANCAS);
        List<Long> confirmacoesPorPagamento = jdbc.queryForList("""
                SELECT count(*) FROM domainevententry
                 WHERE aggregateidentifier = ANY (?) AND payloadtype LIKE '%.PagamentoConfirmado'
                 GROUP BY aggregateidentifier""", Long.class,
                (Object) Arrays.stream(pagamentos).map(PagamentoId::toString).toArray(String[]::new));
        assertThat(confirmacoesPorPagamento).as("uma confirmação por pagamento").hasSize(COBRANCAS).containsOnly(1L);
    }

    private long pendentes(TenantDeTeste empresa) {
        Long total = jdbc.queryForObject("""
                SELECT count(*) FROM pagamento_evento_provedor WHERE tenant_id = ? AND situacao = 'PENDENTE'""",
                Long.class, empresa.tenantId().valor());
        return total == null ? 0 : total;
    }

    private static double percentil(long[] ordenadas, double p) {
        int indice = (int) Math.min(ordenadas.length - 1, Math.ceil(p / 100.0 * ordenadas.length) - 1);
        return ordenadas[Math.max(0, indice)] / 1e6;
    }

    private interface Operacao {
        void executar(int i) throws Exception;
    }

    private static void emParalelo(int total, int threads, Operacao operacao) throws Exception {
        AtomicInteger proxima = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futuros = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futuros.add(pool.submit(() -> {
                    for (int i = proxima.getAndIncrement(); i < total; i = proxima.getAndIncrement()) {
                        operacao.executar(i);
                    }
                    return null;
                }));
            }
            for (Future<?> futuro : futuros) {
                futuro.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
