package br.com.nexus.app.bench;

import static org.awaitility.Awaitility.await;

import br.com.nexus.app.pagamento.Provedores;
import br.com.nexus.app.portal.fake.CpfsDeTeste;
import br.com.nexus.app.support.Autenticacao.TenantDeTeste;
import br.com.nexus.app.support.Autenticacao;
import br.com.nexus.app.support.IntegrationTest;
import br.com.nexus.app.support.MedidorDeCpu;
import br.com.nexus.app.support.MedidorDeHeap;
import br.com.nexus.app.support.ResultadoDoBenchmark;
import br.com.nexus.command.pagamento.provedor.CobrancaNoProvedor;
import br.com.nexus.command.pagamento.provedor.CobrancasNoProvedor;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.boleto.RegistrarBoletoCommand;
import br.com.nexus.kernel.cliente.CadastrarClienteCommand;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.cobranca.CalendarioDeCobranca;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.TelefoneWhatsapp;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.CriarPagamentoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.seguranca.Papel;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The collection pipeline under load: N boletos (default 10,000, {@code -Dbench.boletos=}) are
 * registered through the command bus; each one's CobrancaSaga finds its on-the-day step due at once
 * (a régua open all day, every day) and asks for the dispatch through its persistent deadline; the
 * sender delivers it to an in-process Evolution API that answers at once, with pacing off
 * (interval 0); as each dispatch is seen sent, Asaas confirms the boleto's payment by a real HTTP
 * POST to our webhook, and the saga ends. Figures come from the event store's timestamps; with
 * {@code pg_stat_statements} loaded, the SQL statements sent per boleto are counted by part. Run with
 * {@code ./bench.sh pipeline} (heap capped at 512 MB and statements counted there); asserts nothing
 * about time.
 */
@Tag("benchmark")
class PipelineBenchmark extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(PipelineBenchmark.class);

    private static final int BOLETOS = Integer.getInteger("bench.boletos", 10_000);
    /** A file to write every statement to, with its calls per boleto ({@code -Dbench.sqlDetalhado=}). */
    private static final String DETALHE_SQL = System.getProperty("bench.sqlDetalhado");
    private static final int BOLETOS_POR_CLIENTE = 10;
    private static final int CHAMADORES = 16;
    private static final Duration LIMITE = Duration.ofMinutes(Integer.getInteger("bench.limiteMinutos", 20));
    private static final long CENTAVOS = 15_050;
    private static final String VALOR = "150.50";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CobrancasNoProvedor cobrancasNoProvedor;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MedidorDeHeap heap = new MedidorDeHeap();
    private final MedidorDeCpu cpu = new MedidorDeCpu();

    @Test
    void mede() throws Exception {
        aguardarProcessadores("cobranca-saga", "whatsapp-envio", "pagamento-boleto");
        TenantDeTeste tenant = Autenticacao.novoTenant(url(""));
        String admin = tenant.token(Papel.ADMIN);
        String instancia = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String asaasToken = UUID.randomUUID().toString();
        try (EvolutionSemLatencia evolution = new EvolutionSemLatencia(instancia)) {
            configurar(admin, evolution, instancia, asaasToken);
            List<ClienteId> clientes = cadastrarClientes(tenant.tenantId());
            long inicioGlobal = ultimoIndice();
            TrabalhoDoBanco bancoAntes = trabalhoDoBanco();
            SqlPorParte sql = new SqlPorParte(jdbc);
            boolean contarSql = sql.disponivel();
            if (contarSql) {
                sql.zerar();
            }

            ResultadoDoBenchmark resultado = new ResultadoDoBenchmark(
                    "Pipeline: " + BOLETOS + " boletos registered → régua step → sent → paid → saga ended");
            heap.iniciar();
            cpu.iniciar();
            long inicio = System.nanoTime();
            Map<BoletoId, String> cobrancas = new ConcurrentHashMap<>();
            Map<BoletoId, Instant> pagoEm = new ConcurrentHashMap<>();
            ExecutorService pagadores = Executors.newFixedThreadPool(8);
            ExecutorService registrador = Executors.newSingleThreadExecutor();
            Future<Medicao> registrados = registrador.submit(() -> registrar(tenant.tenantId(), clientes, cobrancas));
            Set<BoletoId> pagos = new HashSet<>();
            AtomicLong webhooksRecusados = new AtomicLong();
            AtomicInteger abertasAgora = new AtomicInteger(Integer.MAX_VALUE);
            try {
                // Pays each boleto as soon as its message is seen sent, until every saga ended.
                await().atMost(LIMITE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                    for (BoletoId boleto : enviadosDesde(tenant.tenantId())) {
                        String cobranca = cobrancas.get(boleto);
                        if (cobranca != null && pagos.add(boleto)) {
                            evolution.pagar(cobranca, VALOR);
                            pagadores.execute(() -> pagar(cobranca, asaasToken, boleto, pagoEm, webhooksRecusados));
                        }
                    }
                    abertasAgora.set(sagasAbertas(tenant.tenantId()));
                    return registrados.isDone() && abertasAgora.get() == 0;
                });
            } catch (ConditionTimeoutException e) {
                // Reported as it stands: the table says how many sagas were still open.
            }
            int abertas = abertasAgora.get();
            double segundos = (System.nanoTime() - inicio) / 1e9;
            heap.parar();
            String cpuPorBoleto = cpu.porUnidade(BOLETOS);
            Medicao registro = registrados.get();
            pagadores.shutdown();
            pagadores.awaitTermination(1, TimeUnit.MINUTES);
            registrador.shutdown();

            TrabalhoDoBanco banco = trabalhoDoBanco().menos(bancoAntes);
            List<SqlPorParte.Declaracao> declaracoes = contarSql ? sql.ler() : List.of();
            Map<String, String> porParte = contarSql ? SqlPorParte.porBoleto(declaracoes, BOLETOS) : Map.of();
            if (contarSql && DETALHE_SQL != null) {
                SqlPorParte.detalhar(declaracoes, BOLETOS, Path.of(DETALHE_SQL));
            }
            relatar(resultado, inicioGlobal, segundos, abertas, evolution.envios(), webhooksRecusados.get(), pagoEm, registro,
                    banco, porParte, cpuPorBoleto);
        }
    }

    // ---- set-up ----

    private void configurar(String admin, EvolutionSemLatencia evolution, String instancia, String asaasToken) {
        exigir(put("/api/integracoes/evolution", admin, Map.of(
                "configuracao", Map.of("servidorUrl", evolution.baseUrl(), "instancia", instancia,
                        "intervaloMinimoSegundos", "0", "intervaloMaximoSegundos", "0", "pausaAposEnvios", "0",
                        "digitacaoMaximaSegundos", "0", "janelaInicio", "00:00", "janelaFim", "00:00"),
                "segredos", Map.of("apiKey", "api-" + UUID.randomUUID()))), 200);
        exigir(put("/api/integracoes/asaas", admin, Map.of(
                "configuracao", Map.of("baseUrl", evolution.baseUrl() + "/v3"),
                "segredos", Map.of("apiKey", "$aact_" + UUID.randomUUID(), "webhookToken", asaasToken))), 200);
        String modelo = exigir(post("/api/whatsapp/modelos", admin, Map.of("nome", "Vence hoje",
                "variantes", List.of("Olá, {nome}! O boleto de {valor} vence hoje. Linha digitável: {linha_digitavel}"))),
                201).json().path("id").asText();
        exigir(put("/api/configuracoes/regua", admin, Map.of(
                "etapas", List.of(Map.of("nome", "Vence hoje", "diasRelativosAoVencimento", 0, "modeloId", modelo),
                        Map.of("nome", "Vencido", "diasRelativosAoVencimento", 5, "modeloId", modelo)),
                "janelaInicio", "00:00", "janelaFim", "23:59", "somenteDiasUteis", false, "pularFeriados", false,
                "espacamentoMinimoHoras", 0)), 200);
        await().alias("Régua não ficou vigente").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/configuracoes/regua", admin).json().path("etapas").size() == 2);
    }

    private List<ClienteId> cadastrarClientes(TenantId tenant) throws Exception {
        int total = Math.max(1, BOLETOS / BOLETOS_POR_CLIENTE);
        List<ClienteId> clientes = Collections.synchronizedList(new ArrayList<>());
        Medicao.medir("preparo (CadastrarCliente)", total, CHAMADORES, i -> {
            ClienteId cliente = ClienteId.novo();
            String numero = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
            commands.sendAndWait(new CadastrarClienteCommand(cliente, tenant, CpfsDeTeste.novo(), "Cliente " + i,
                    TelefoneWhatsapp.of("55119" + numero), null, null, null, null));
            clientes.add(cliente);
        });
        return new ArrayList<>(clientes);
    }

    /** Each boleto with its Asaas charge: the Pagamento first, so the webhook finds it whenever it comes. */
    private Medicao registrar(TenantId tenant, List<ClienteId> clientes, Map<BoletoId, String> cobrancas) {
        LocalDate hoje = LocalDate.now(CalendarioDeCobranca.FUSO);
        try {
            return Medicao.medir("registro (CriarPagamento+RegistrarBoleto)", BOLETOS, CHAMADORES, i -> {
                ClienteId cliente = clientes.get(i % clientes.size());
                BoletoId boleto = BoletoId.novo();
                String cobranca = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                PagamentoId pagamento = PagamentoId.novo();
                // As a charge issued through /api/pagamentos/cobrancas: the reference first, then the Pagamento.
                cobrancasNoProvedor.registrar(new CobrancaNoProvedor(tenant, Provedor.ASAAS, cobranca, pagamento,
                        boleto));
                commands.sendAndWait(new CriarPagamentoCommand(pagamento, tenant, boleto, cliente,
                        Provedor.ASAAS, cobranca, Dinheiro.deCentavos(CENTAVOS), MetodoPagamento.BOLETO));
                cobrancas.put(boleto, cobranca);
                String campoLivre = String.format("%025d", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
                CodigoBarras codigo = CodigoBarras.gerar("001", hoje, Dinheiro.deCentavos(CENTAVOS),
                        campoLivre.substring(0, 25));
                commands.sendAndWait(new RegistrarBoletoCommand(boleto, tenant, cliente, OrigemBoleto.PROVEDOR, null,
                        codigo.linhaDigitavel(), codigo, Dinheiro.deCentavos(CENTAVOS), hoje, 1, YearMonth.from(hoje),
                        "Parcela do benchmark"));
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the outside world ----

    private static final Duration SOBREPOSICAO = Duration.ofSeconds(60);

    private final Set<BoletoId> vistos = new HashSet<>();
    private Instant ultimaConsulta = Instant.EPOCH;

    /**
     * Boletos whose dispatch went out since the last look. A send's row shows only once its
     * transaction commits, which on a busy machine can be seconds after its {@code concluido_em}:
     * the looks overlap by {@link #SOBREPOSICAO}, or such a boleto would never be paid.
     */
    private List<BoletoId> enviadosDesde(TenantId tenant) {
        Instant desde = ultimaConsulta.minus(SOBREPOSICAO);
        ultimaConsulta = Instant.now();
        List<BoletoId> novos = new ArrayList<>();
        jdbc.query("""
                SELECT d.boleto_id FROM whatsapp_envio e JOIN whatsapp_disparo d ON d.disparo_id = e.disparo_id
                 WHERE e.tenant_id = ? AND e.estado = 'ENVIADO' AND e.concluido_em >= ?""",
                rs -> {
                    BoletoId boleto = new BoletoId(rs.getObject(1, UUID.class));
                    if (vistos.add(boleto)) {
                        novos.add(boleto);
                    }
                }, tenant.valor(), java.sql.Timestamp.from(desde));
        return novos;
    }

    private void pagar(String cobranca, String token, BoletoId boleto, Map<BoletoId, Instant> pagoEm,
            AtomicLong recusados) {
        String corpo = Provedores.eventoAsaas("evt_" + UUID.randomUUID().toString().replace("-", ""),
                "PAYMENT_RECEIVED", cobranca, VALOR, null);
        HttpRequest pedido = HttpRequest.newBuilder(URI.create(url("/api/webhooks/asaas")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("asaas-access-token", token).POST(HttpRequest.BodyPublishers.ofString(corpo)).build();
        try {
            pagoEm.put(boleto, Instant.now());
            HttpResponse<String> resposta = http.send(pedido, HttpResponse.BodyHandlers.ofString());
            if (resposta.statusCode() != 200) {
                recusados.incrementAndGet();
                log.warn("Asaas webhook answered {}: {}", resposta.statusCode(), resposta.body());
            }
        } catch (Exception e) {
            recusados.incrementAndGet();
            log.warn("Asaas webhook failed", e);
        }
    }

    private int sagasAbertas(TenantId tenant) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM associationvalueentry
                 WHERE associationkey = 'tenantId' AND associationvalue = ? AND sagatype LIKE '%.CobrancaSaga'""",
                Integer.class, tenant.valor().toString());
    }

    /**
     * What the database was asked to do, from its own statistics: transactions committed, events
     * appended, and the processors' token rows written (one per batch and segment, batches of events
     * the processor ignores included, and each idle segment's claim renewed about once a second).
     */
    private TrabalhoDoBanco trabalhoDoBanco() throws InterruptedException {
        // PostgreSQL publishes a backend's counters when one of its transactions ends, at most once a
        // second, and a backend that then goes idle within ten seconds. There is nothing to await: the
        // processors commit every second (claim renewals), so the counters never settle. A second and a
        // half takes in every busy backend; an idle one may still hold at most its last second of work,
        // about 1 % of a run's transactions even if every backend held one.
        Thread.sleep(1_500);
        return jdbc.queryForObject("""
                SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()),
                  (SELECT n_tup_upd + n_tup_ins FROM pg_stat_user_tables WHERE relname = 'tokenentry'),
                  (SELECT count(*) FROM domainevententry)""",
                (rs, n) -> new TrabalhoDoBanco(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    private record TrabalhoDoBanco(long transacoes, long tokens, long eventos) {

        TrabalhoDoBanco menos(TrabalhoDoBanco antes) {
            return new TrabalhoDoBanco(transacoes - antes.transacoes, tokens - antes.tokens, eventos - antes.eventos);
        }

        String porBoleto(long boletos) {
            double n = Math.max(1, boletos);
            return String.format(Locale.ROOT, "%,d events (%.1f per boleto) · %,d transactions (%.0f per boleto)"
                    + " · %,d token writes (%.0f per boleto)", eventos, eventos / n, transacoes, transacoes / n,
                    tokens, tokens / n);
        }
    }

    private long ultimoIndice() {
        Long indice = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return indice == null ? 0 : indice;
    }

    // ---- figures ----

    private void relatar(ResultadoDoBenchmark resultado, long desdeIndice, double segundos, int abertas, long envios, long webhooksRecusados,
            Map<BoletoId, Instant> pagoEm, Medicao registro, TrabalhoDoBanco banco, Map<String, String> sqlPorParte,
            String cpuPorBoleto) {
        Map<String, Instant> registrado = new HashMap<>();
        Map<String, Instant> solicitado = new HashMap<>();
        Map<String, String> boletoDoDisparo = new HashMap<>();
        Map<String, Instant> enviado = new HashMap<>();
        Map<String, Instant> confirmado = new HashMap<>();
        Map<String, Instant> pago = new HashMap<>();
        Map<String, Instant> encerrado = new HashMap<>();
        jdbc.query("""
                SELECT payloadtype, aggregateidentifier, timestamp, convert_from(payload, 'UTF8') FROM domainevententry
                 WHERE globalindex > ? AND payloadtype IN ('br.com.nexus.kernel.boleto.BoletoRegistrado',
                   'br.com.nexus.kernel.disparo.DisparoSolicitado', 'br.com.nexus.kernel.disparo.DisparoEnviado',
                   'br.com.nexus.kernel.pagamento.PagamentoConfirmado', 'br.com.nexus.kernel.boleto.BoletoPago',
                   'br.com.nexus.kernel.cobranca.CobrancaEncerrada')""",
                rs -> {
                    String tipo = rs.getString(1);
                    String agregado = rs.getString(2);
                    Instant quando = Instant.parse(rs.getString(3));
                    switch (tipo.substring(tipo.lastIndexOf('.') + 1)) {
                        case "BoletoRegistrado" -> registrado.put(agregado, quando);
                        case "DisparoSolicitado" -> {
                            String boleto = texto(rs.getString(4), "boletoId");
                            boletoDoDisparo.put(agregado, boleto);
                            solicitado.putIfAbsent(boleto, quando);
                        }
                        case "DisparoEnviado" -> enviado.putIfAbsent(agregado, quando);
                        case "PagamentoConfirmado" -> confirmado.put(texto(rs.getString(4), "boletoId"), quando);
                        case "BoletoPago" -> pago.put(agregado, quando);
                        default -> encerrado.put(texto(rs.getString(4), "boletoId"), quando);
                    }
                }, desdeIndice);
        List<Long> regua = new ArrayList<>();
        List<Long> envio = new ArrayList<>();
        List<Long> pagamento = new ArrayList<>();
        List<Long> conciliacao = new ArrayList<>();
        List<Long> baixa = new ArrayList<>();
        List<Long> ponta = new ArrayList<>();
        enviado.forEach((disparo, quando) -> {
            String boleto = boletoDoDisparo.get(disparo);
            if (boleto != null && solicitado.containsKey(boleto)) {
                envio.add(Duration.between(solicitado.get(boleto), quando).toMillis());
            }
        });
        registrado.forEach((boleto, quando) -> {
            if (solicitado.containsKey(boleto)) {
                regua.add(Duration.between(quando, solicitado.get(boleto)).toMillis());
            }
            if (encerrado.containsKey(boleto)) {
                ponta.add(Duration.between(quando, encerrado.get(boleto)).toMillis());
            }
        });
        pagoEm.forEach((boleto, quando) -> {
            Instant evento = pago.get(boleto.valor().toString());
            if (evento != null) {
                pagamento.add(Duration.between(quando, evento).toMillis());
            }
            Instant conciliado = confirmado.get(boleto.valor().toString());
            if (conciliado != null) {
                conciliacao.add(Duration.between(quando, conciliado).toMillis());
                if (evento != null) {
                    baixa.add(Duration.between(conciliado, evento).toMillis());
                }
            }
        });
        resultado.medida("boletos registered / dispatches requested / sent (Evolution received)",
                        registrado.size() + " / " + solicitado.size() + " / " + enviado.size() + " (" + envios + ")")
                .medida("paid / sagas ended / still open at the end / webhooks refused",
                        pago.size() + " / " + encerrado.size() + " / " + abertas + " / " + webhooksRecusados)
                .medida("wall time, first registration → last saga ended",
                        String.format(Locale.ROOT, "%.1f s (%.1f boletos/s)", segundos, encerrado.size() / segundos))
                .medida("registration (CriarPagamento + RegistrarBoleto, " + CHAMADORES + " callers)",
                        String.format(Locale.ROOT, "%.1f boletos/s, p50 %.0f ms, p99 %.0f ms", registro.porSegundo(),
                                registro.percentilMs(50), registro.percentilMs(99)))
                .medida("BoletoRegistrado → DisparoSolicitado", percentis(regua))
                .medida("DisparoSolicitado → DisparoEnviado", percentis(envio))
                .medida("Asaas webhook POST → BoletoPago", percentis(pagamento))
                .medida("… of which webhook POST → PagamentoConfirmado", percentis(conciliacao))
                .medida("… and PagamentoConfirmado → BoletoPago", percentis(baixa))
                .medida("end to end, BoletoRegistrado → CobrancaEncerrada", percentis(ponta))
                .medida("pace of each step (events per second between its first and last event)", String.join(" · ",
                        ritmo("registered", registrado), ritmo("requested", solicitado), ritmo("sent", enviado),
                        ritmo("confirmed", confirmado), ritmo("paid", pago), ritmo("ended", encerrado)))
                .medida("CPU per boleto, first registration → last saga ended (the benchmark's own threads included)",
                        cpuPorBoleto)
                .medida("database work (its own statistics; the benchmark's polling included)",
                        banco.porBoleto(registrado.size()));
        sqlPorParte.forEach(resultado::medida);
        resultado.heap(heap).imprimir();
    }

    /** How fast a step went while it went: its events over the time from its first to its last. */
    private static String ritmo(String etapa, Map<String, Instant> quando) {
        if (quando.size() < 2) {
            return etapa + " -";
        }
        Instant primeiro = Collections.min(quando.values());
        Instant ultimo = Collections.max(quando.values());
        double segundos = Math.max(0.001, Duration.between(primeiro, ultimo).toMillis() / 1000.0);
        return String.format(Locale.ROOT, "%s %.1f/s", etapa, quando.size() / segundos);
    }

    private static String percentis(List<Long> valores) {
        if (valores.isEmpty()) {
            return "no samples";
        }
        Collections.sort(valores);
        return String.format(Locale.ROOT, "p50 %d ms, p99 %d ms, max %d ms (%d)",
                valores.get(valores.size() / 2), valores.get((int) Math.min(valores.size() - 1,
                        Math.ceil(valores.size() * 0.99) - 1)), valores.get(valores.size() - 1), valores.size());
    }

    private static String texto(String json, String campo) {
        try {
            JsonNode no = JSON.readTree(json).path(campo);
            return no.isTextual() ? no.asText() : no.path("valor").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resposta exigir(Resposta resposta, int status) {
        if (resposta.status() != status) {
            throw new IllegalStateException("Esperava " + status + ": " + resposta);
        }
        return resposta;
    }
}
