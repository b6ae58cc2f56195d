package br.com.nexus.app.demo.simulador.asaas;

import br.com.nexus.app.demo.simulador.ChamadaDeWebhook;
import br.com.nexus.app.demo.simulador.Simulado;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.asaas.AsaasIntegracao;
import br.com.nexus.kernel.comum.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated payer: some seconds after a charge is created, Asaas tells us it was paid in full
 * with a {@code PAYMENT_RECEIVED} webhook (PROTOCOLS.md §2.2–2.3) on {@code /api/webhooks/asaas}.
 * A db-scheduler task, so no request thread waits and a restart loses no payment; anything but
 * HTTP 200 is retried, as Asaas retries.
 *
 * <p>Asaas knows the webhook's authToken because the tenant typed it into the Asaas panel; the
 * simulator reads it from the tenant's {@code asaas} integration instead.
 */
@Component
@Profile("demo")
class AvisosDePagamento extends OneTimeTask<AvisosDePagamento.Aviso> {

    private static final Logger log = LoggerFactory.getLogger(AvisosDePagamento.class);
    private static final Duration ATE_O_PAGAMENTO = Duration.ofSeconds(6);
    private static final String WEBHOOK = "/api/webhooks/asaas";
    private static final DateTimeFormatter DATA_HORA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** @param cobranca the charge as created, in JSON: the memory of the simulator does not survive a restart */
    record Aviso(UUID tenantId, String cobranca) implements Serializable {
    }

    private final CobrancasSimuladas cobrancas;
    private final IntegracaoRepository integracoes;
    private final ChamadaDeWebhook webhook;
    private final ObjectMapper json;

    AvisosDePagamento(CobrancasSimuladas cobrancas, IntegracaoRepository integracoes, ChamadaDeWebhook webhook,
            ObjectMapper json) {
        super("simulador-asaas-pagamento", Aviso.class,
                new FailureHandler.MaxRetriesFailureHandler<>(10,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5))),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.cobrancas = cobrancas;
        this.integracoes = integracoes;
        this.webhook = webhook;
        this.json = json;
    }

    void agendar(SchedulerClient agenda, TenantId tenant, ObjectNode cobranca) {
        agenda.scheduleIfNotExists(instance(cobranca.path("id").asText(), new Aviso(tenant.valor(), cobranca.toString())),
                Instant.now().plus(ATE_O_PAGAMENTO));
    }

    @Override
    public void executeOnce(TaskInstance<Aviso> tarefa, ExecutionContext contexto) {
        TenantId tenant = new TenantId(tarefa.getData().tenantId());
        ObjectNode cobranca = ler(tarefa.getData().cobranca());
        String id = cobranca.path("id").asText();
        if (cobrancas.removida(id)) {
            log.info("SIMULADO Asaas: charge {} was removed before being paid", id);
            return;
        }
        Optional<String> token = integracoes.buscar(tenant, AsaasIntegracao.TIPO)
                .flatMap(i -> i.segredo(AsaasIntegracao.WEBHOOK_TOKEN));
        if (token.isEmpty()) {
            log.warn("SIMULADO Asaas: tenant {} has no webhook token; payment of {} not notified", tenant, id);
            return;
        }
        ObjectNode envelope = json.createObjectNode()
                .put("id", idDoEvento(id))
                .put("event", "PAYMENT_RECEIVED")
                .put("dateCreated", LocalDateTime.now(CobrancasSimuladas.FUSO).format(DATA_HORA))
                .put(Simulado.CAMPO, true);
        envelope.set("payment", cobrancas.recebida(cobranca));
        if (webhook.postar(WEBHOOK, Map.of("asaas-access-token", token.get()), envelope.toString()) != 200) {
            throw new IllegalStateException("Asaas counts only HTTP 200 as delivered");
        }
        log.info("SIMULADO Asaas: PAYMENT_RECEIVED of charge {} (R$ {}) posted to {}", id,
                cobranca.path("value").asText(), WEBHOOK);
    }

    /** Asaas sends a redelivered event with the same id: {@code evt_<32 hex>&<number>}. */
    private static String idDoEvento(String cobrancaId) {
        UUID uuid = UUID.nameUUIDFromBytes(("PAYMENT_RECEIVED:" + cobrancaId).getBytes(StandardCharsets.UTF_8));
        return "evt_" + uuid.toString().replace("-", "") + "&" + Math.floorMod(uuid.getLeastSignificantBits(), 10_000_000);
    }

    private ObjectNode ler(String texto) {
        try {
            return (ObjectNode) json.readTree(texto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored charge is not JSON", e);
        }
    }
}
