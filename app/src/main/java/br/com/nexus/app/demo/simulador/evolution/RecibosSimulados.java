package br.com.nexus.app.demo.simulador.evolution;

import br.com.nexus.app.demo.simulador.ChamadaDeWebhook;
import br.com.nexus.app.demo.simulador.EnderecoLocal;
import br.com.nexus.app.demo.simulador.Simulado;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The receipts WhatsApp sends for a delivered and then read message, posted to our
 * {@code /api/webhooks/evolution} as Evolution's {@code messages.update} (flat {@code keyId}).
 * A db-scheduler task, so no request thread waits for them and a restart loses none: DELIVERY_ACK
 * a little after the send, READ a little after the delivery.
 *
 * <p>Evolution presents the headers set on its webhook ({@code x-webhook-token}); the simulator
 * reads them from the tenant's integration, which is where our {@code webhook/set} call takes
 * them from too.
 */
@Component
@Profile("demo")
class RecibosSimulados extends OneTimeTask<RecibosSimulados.Recibo> {

    static final String ENTREGUE = "DELIVERY_ACK";
    static final String LIDO = "READ";
    private static final Logger log = LoggerFactory.getLogger(RecibosSimulados.class);
    private static final Duration ATE_ENTREGA = Duration.ofSeconds(2);
    private static final Duration ATE_LEITURA = Duration.ofSeconds(3);
    private static final String WEBHOOK = "/api/webhooks/evolution";

    record Recibo(String instancia, String keyId, String remoteJid, String status) implements Serializable {

        Recibo lido() {
            return new Recibo(instancia, keyId, remoteJid, LIDO);
        }
    }

    private final ConfiguracoesEvolution configuracoes;
    private final ChamadaDeWebhook webhook;
    private final EnderecoLocal endereco;
    private final ObjectMapper json;

    RecibosSimulados(ConfiguracoesEvolution configuracoes, ChamadaDeWebhook webhook, EnderecoLocal endereco,
            ObjectMapper json) {
        super("simulador-evolution-recibo", Recibo.class,
                new FailureHandler.MaxRetriesFailureHandler<>(5,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5))),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.configuracoes = configuracoes;
        this.webhook = webhook;
        this.endereco = endereco;
        this.json = json;
    }

    /** Schedules the receipts of a message just sent. */
    void agendar(SchedulerClient agenda, String instancia, String keyId, String remoteJid) {
        agendar(agenda, new Recibo(instancia, keyId, remoteJid, ENTREGUE), ATE_ENTREGA);
    }

    private void agendar(SchedulerClient agenda, Recibo recibo, Duration daquiA) {
        agenda.scheduleIfNotExists(instance(recibo.keyId() + ":" + recibo.status(), recibo),
                Instant.now().plus(daquiA));
    }

    @Override
    public void executeOnce(TaskInstance<Recibo> tarefa, ExecutionContext contexto) {
        Recibo recibo = tarefa.getData();
        Optional<ConfiguracaoEvolution> configuracao = configuracoes.daInstancia(recibo.instancia()).stream()
                .findFirst();
        if (configuracao.isEmpty()) {
            log.warn("SIMULADO Evolution: instance {} no longer configured; receipt {} dropped", recibo.instancia(),
                    recibo.keyId());
            return;
        }
        webhook.postar(WEBHOOK, cabecalhos(configuracao.get()), envelope(recibo, configuracao.get()));
        log.info("SIMULADO Evolution: messages.update {} of message {} ({}) posted to {}", recibo.status(),
                recibo.keyId(), Simulado.mascarado(recibo.remoteJid()), WEBHOOK);
        if (ENTREGUE.equals(recibo.status())) {
            agendar(contexto.getSchedulerClient(), recibo.lido(), ATE_LEITURA);
        }
    }

    private static Map<String, String> cabecalhos(ConfiguracaoEvolution configuracao) {
        return configuracao.webhookToken() == null ? Map.of() : Map.of("x-webhook-token", configuracao.webhookToken());
    }

    /** The envelope of PROTOCOLS.md §1.9; {@code apikey} only when no webhook token is set, as Evolution may expose it. */
    private String envelope(Recibo recibo, ConfiguracaoEvolution configuracao) {
        ObjectNode dados = json.createObjectNode()
                .put("keyId", recibo.keyId())
                .put("remoteJid", recibo.remoteJid())
                .put("fromMe", true)
                .putNull("participant")
                .put("status", recibo.status())
                .put("instanceId", SimuladorEvolutionController.idDaInstancia(recibo.instancia()));
        ObjectNode envelope = json.createObjectNode()
                .put("event", "messages.update")
                .put("instance", recibo.instancia())
                .put("destination", endereco.url(WEBHOOK))
                .put("date_time", Instant.now().toString())
                .put("sender", SimuladorEvolutionController.NUMERO_DA_INSTANCIA + "@s.whatsapp.net")
                .put("server_url", endereco.url(SimuladorEvolutionController.RAIZ))
                .put(Simulado.CAMPO, true);
        envelope.set("data", dados);
        if (configuracao.webhookToken() == null) {
            envelope.put("apikey", configuracao.apiKey());
        } else {
            envelope.putNull("apikey");
        }
        return envelope.toString();
    }
}
