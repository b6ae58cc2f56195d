package br.com.nexus.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.pagamento.PagamentoCriado;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IdempotenciaIT extends ApiIT {

    private static final String CHAVE = "Idempotency-Key";
    private static final String REPETIDA = "Idempotent-Replayed";

    @Autowired
    private Scheduler scheduler;

    @Test
    void pedidosSimultaneosDeDisparoComAMesmaChaveCriamUmSoDisparo() throws Exception {
        Empresa empresa = novaEmpresa();
        String boletoId = registrarBoleto(empresa, cadastrarCliente(empresa, DadosDaApi.cpf()), "150.50");
        String chave = UUID.randomUUID().toString();
        String caminho = "/api/boletos/" + boletoId + "/disparos";
        CountDownLatch largada = new CountDownLatch(1);

        List<CompletableFuture<Resposta>> pedidos = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    aguardar(largada);
                    return postComChave(caminho, empresa.operador(), chave, Map.of("semAnexo", true));
                }))
                .toList();
        largada.countDown();
        List<Resposta> respostas = pedidos.stream().map(CompletableFuture::join).toList();

        List<Resposta> aceitas = respostas.stream().filter(r -> r.status() == 202).toList();
        assertThat(aceitas).as(respostas.toString()).isNotEmpty();
        assertThat(aceitas).extracting(Resposta::body).containsOnly(aceitas.get(0).body());
        respostas.stream().filter(r -> r.status() != 202)
                .forEach(r -> assertProblema(r, 409, "REQUISICAO_EM_ANDAMENTO"));
        String disparoId = aceitas.get(0).json().path("disparoId").asText();
        assertThat(disparoId).isNotBlank();
        assertThat(disparosSolicitados(boletoId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/disparos?boletoId=" + boletoId, empresa.operador()).json().path("total").asLong())
                        .isEqualTo(1));
        JsonNode disparos = get("/api/disparos?boletoId=" + boletoId, empresa.operador()).json().path("items");
        assertThat(disparos.get(0).path("id").asText()).isEqualTo(disparoId);

        Resposta depois = postComChave(caminho, empresa.operador(), chave, Map.of("semAnexo", true));

        assertThat(depois.status()).isEqualTo(202);
        assertThat(depois.header(REPETIDA)).isEqualTo("true");
        assertThat(depois.json().path("disparoId").asText()).isEqualTo(disparoId);
        assertThat(disparosSolicitados(boletoId)).isEqualTo(1);
    }

    @Test
    void boletoRepetidoDevolveAPrimeiraRespostaSemRegistrarOutro() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        Map<String, Object> boleto = DadosDaApi.boletoPorLinha(clienteId, "99.90");
        String chave = UUID.randomUUID().toString();

        Resposta primeira = postComChave("/api/boletos", empresa.operador(), chave, boleto);
        long eventos = eventosDoTenant(empresa);
        Resposta segunda = postComChave("/api/boletos", empresa.operador(), chave, boleto);

        assertThat(primeira.status()).as(primeira.toString()).isEqualTo(201);
        assertThat(primeira.header(REPETIDA)).isNull();
        assertThat(segunda.status()).isEqualTo(201);
        assertThat(segunda.header(REPETIDA)).isEqualTo("true");
        assertThat(segunda.header("Location")).isEqualTo(primeira.header("Location")).isNotBlank();
        assertThat(segunda.contentType()).isEqualTo(primeira.contentType());
        assertThat(segunda.body()).isEqualTo(primeira.body());
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventos);
    }

    @Test
    void mesmaChaveComOutroCorpoOuOutroCaminhoResponde422() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String chave = UUID.randomUUID().toString();
        Resposta primeira = postComChave("/api/boletos", empresa.operador(), chave,
                DadosDaApi.boletoPorLinha(clienteId, "10.00"));
        assertThat(primeira.status()).as(primeira.toString()).isEqualTo(201);
        long eventos = eventosDoTenant(empresa);

        assertProblema(postComChave("/api/boletos", empresa.operador(), chave,
                DadosDaApi.boletoPorLinha(clienteId, "20.00")), 422, "CHAVE_DE_IDEMPOTENCIA_REUTILIZADA");
        assertProblema(postComChave("/api/pagamentos", empresa.operador(), chave, Map.of("clienteId", clienteId,
                "valor", "10.00", "metodo", "DINHEIRO")), 422, "CHAVE_DE_IDEMPOTENCIA_REUTILIZADA");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventos);
    }

    @Test
    void chavesSaoDeCadaEmpresaEDeCadaUsuario() {
        Empresa a = novaEmpresa();
        Empresa b = novaEmpresa();
        String chave = "pedido-" + UUID.randomUUID();
        String clienteA = cadastrarCliente(a, DadosDaApi.cpf());
        String clienteB = cadastrarCliente(b, DadosDaApi.cpf());

        Resposta deA = postComChave("/api/pagamentos", a.operador(), chave, pagamento(clienteA));
        Resposta deB = postComChave("/api/pagamentos", b.operador(), chave, pagamento(clienteB));
        Resposta doSupervisorDeA = postComChave("/api/pagamentos", a.supervisor(), chave, pagamento(clienteA));

        for (Resposta resposta : List.of(deA, deB, doSupervisorDeA)) {
            assertThat(resposta.status()).as(resposta.toString()).isEqualTo(201);
            assertThat(resposta.header(REPETIDA)).isNull();
        }
        assertThat(List.of(deA, deB, doSupervisorDeA)).extracting(r -> r.json().path("id").asText())
                .doesNotHaveDuplicates();
    }

    @Test
    void pagamentoRepetidoCriaUmSoPagamento() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String chave = UUID.randomUUID().toString();

        Resposta primeira = postComChave("/api/pagamentos", empresa.operador(), chave, pagamento(clienteId));
        long eventos = eventosDoTenant(empresa);
        Resposta segunda = postComChave("/api/pagamentos", empresa.operador(), chave, pagamento(clienteId));

        assertThat(primeira.status()).as(primeira.toString()).isEqualTo(201);
        assertThat(segunda.status()).isEqualTo(201);
        assertThat(segunda.header(REPETIDA)).isEqualTo("true");
        String id = primeira.json().path("id").asText();
        assertThat(segunda.json().path("id").asText()).isEqualTo(id);
        assertThat(tiposNoHistorico(empresa, "pagamento", id)).containsExactly("PagamentoCriado", "PagamentoConfirmado");
        assertThat(eventosDoTenant(empresa)).isEqualTo(eventos);
        assertThat(eventosDoTipo(PagamentoCriado.class, empresa.tenantId())).isEqualTo(1);
    }

    @Test
    void estornoRepetidoEstornaUmaSoVez() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String id = post("/api/pagamentos", empresa.operador(), pagamento(clienteId)).json().path("id").asText();
        String chave = UUID.randomUUID().toString();
        Map<String, Object> estorno = Map.of("valor", "10.00", "motivo", "Cobrado em dobro");

        Resposta primeira = postComChave("/api/pagamentos/" + id + "/estorno", empresa.supervisor(), chave, estorno);
        Resposta segunda = postComChave("/api/pagamentos/" + id + "/estorno", empresa.supervisor(), chave, estorno);

        assertThat(primeira.status()).as(primeira.toString()).isEqualTo(202);
        assertThat(segunda.status()).isEqualTo(202);
        assertThat(segunda.header(REPETIDA)).isEqualTo("true");
        assertThat(tiposNoHistorico(empresa, "pagamento", id))
                .containsExactly("PagamentoCriado", "PagamentoConfirmado", "PagamentoEstornado");
    }

    @Test
    void recusaDoPedidoTambemEhDevolvidaDeNovo() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String chave = UUID.randomUUID().toString();
        Map<String, Object> futuro = Map.of("clienteId", clienteId, "valor", "10.00", "metodo", "PIX",
                "dataPagamento", LocalDate.now().plusDays(3).toString());

        Resposta primeira = postComChave("/api/pagamentos", empresa.operador(), chave, futuro);
        Resposta segunda = postComChave("/api/pagamentos", empresa.operador(), chave, futuro);

        assertProblema(primeira, 422, "DATA_PAGAMENTO_FUTURA");
        assertProblema(segunda, 422, "DATA_PAGAMENTO_FUTURA");
        assertThat(segunda.header(REPETIDA)).isEqualTo("true");
        assertThat(segunda.body()).isEqualTo(primeira.body());
    }

    @Test
    void chaveLongaDemaisResponde400ESemChaveNadaMuda() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());

        assertProblema(postComChave("/api/pagamentos", empresa.operador(), "k".repeat(256), pagamento(clienteId)),
                400, "CHAVE_DE_IDEMPOTENCIA_INVALIDA");
        Resposta umaVez = post("/api/pagamentos", empresa.operador(), pagamento(clienteId));
        Resposta outraVez = post("/api/pagamentos", empresa.operador(), pagamento(clienteId));
        assertThat(umaVez.status()).isEqualTo(201);
        assertThat(outraVez.status()).isEqualTo(201);
        assertThat(outraVez.header(REPETIDA)).isNull();
        assertThat(outraVez.json().path("id").asText()).isNotEqualTo(umaVez.json().path("id").asText());
        Resposta comChaveMaxima = postComChave("/api/pagamentos", empresa.operador(), "k".repeat(255),
                pagamento(clienteId));
        assertThat(comChaveMaxima.status()).as(comChaveMaxima.toString()).isEqualTo(201);
    }

    @Test
    void chavesVencidasSaoApagadasPelaTarefaDeLimpeza() {
        Empresa empresa = novaEmpresa();
        String clienteId = cadastrarCliente(empresa, DadosDaApi.cpf());
        String chave = UUID.randomUUID().toString();
        Resposta primeira = postComChave("/api/pagamentos", empresa.operador(), chave, pagamento(clienteId));
        assertThat(primeira.status()).isEqualTo(201);
        jdbc.update("UPDATE requisicao_idempotente SET recebida_em = recebida_em - interval '25 hours'"
                + " WHERE tenant_id = ?::uuid AND chave = ?", empresa.tenantId(), chave);

        scheduler.reschedule(TaskInstanceId.of("idempotencia-limpeza", "recurring"), Instant.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM requisicao_idempotente WHERE tenant_id = ?::uuid AND chave = ?", Long.class,
                empresa.tenantId(), chave) == 0);
        Resposta depois = postComChave("/api/pagamentos", empresa.operador(), chave, pagamento(clienteId));
        assertThat(depois.status()).isEqualTo(201);
        assertThat(depois.header(REPETIDA)).isNull();
        assertThat(depois.json().path("id").asText()).isNotEqualTo(primeira.json().path("id").asText());
    }

    @Test
    void documentaOCabecalhoNasOperacoesQueCriam() {
        JsonNode api = get("/v3/api-docs", null).json();

        assertThat(api.path("components").path("parameters").path("IdempotencyKey").path("name").asText())
                .isEqualTo(CHAVE);
        for (String caminho : List.of("/api/boletos", "/api/boletos/{id}/disparos", "/api/pagamentos",
                "/api/pagamentos/cobrancas", "/api/pagamentos/{id}/estorno")) {
            assertThat(api.path("paths").path(caminho).path("post").path("parameters").findValuesAsText("$ref"))
                    .as(caminho).contains("#/components/parameters/IdempotencyKey");
        }
    }

    private Resposta postComChave(String caminho, String token, String chave, Object corpo) {
        return send(request(caminho, token).header("Content-Type", "application/json").header(CHAVE, chave)
                .POST(HttpRequest.BodyPublishers.ofString(json(corpo))));
    }

    private long disparosSolicitados(String boletoId) {
        return eventosDoTipo(DisparoSolicitado.class, boletoId);
    }

    private static Map<String, Object> pagamento(String clienteId) {
        return Map.of("clienteId", clienteId, "valor", "42.00", "metodo", "DINHEIRO");
    }

    private static void aguardar(CountDownLatch largada) {
        try {
            largada.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
