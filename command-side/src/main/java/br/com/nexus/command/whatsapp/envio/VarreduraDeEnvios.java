package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.WhatsappProperties;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sender's periodic sweep, a db-scheduler task: it catches what no wake-up announced (an attempt
 * whose retry came due, one queued on another node, one left by a node that stopped).
 */
@Configuration(proxyBeanMethods = false)
class VarreduraDeEnvios {

    static final String TAREFA = "whatsapp-envio-varredura";

    @Bean
    RecurringTask<Void> tarefaDeVarreduraDeEnvios(EnvioWhatsappWorker worker, WhatsappProperties propriedades) {
        Duration intervalo = propriedades.intervaloVarredura();
        return Tasks.recurring(TAREFA, FixedDelay.of(intervalo))
                .execute((instancia, contexto) -> worker.agendarVarredura(Duration.ZERO));
    }
}
