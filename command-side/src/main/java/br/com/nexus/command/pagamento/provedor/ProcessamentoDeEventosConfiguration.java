package br.com.nexus.command.pagamento.provedor;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stored provider events are applied by a db-scheduler task every {@code intervalo}, on one node at
 * a time; a webhook that stores one brings the next run forward ({@link ProcessadorDeEventosDoProvedor#acordar()}).
 * Its priority is high: a payment's confirmation does not wait behind a burst of régua deadlines due
 * at the same moment.
 */
@Configuration(proxyBeanMethods = false)
class ProcessamentoDeEventosConfiguration {

    @Bean
    RecurringTask<Void> tarefaDeEventosDoProvedor(ProcessadorDeEventosDoProvedor processador,
            @Value("${nexus.pagamentos.webhooks.intervalo:PT1S}") Duration intervalo) {
        return Tasks.recurring(ProcessadorDeEventosDoProvedor.TAREFA, FixedDelay.of(intervalo))
                .defaultPriority(Priority.HIGH)
                .execute((instancia, contexto) -> processador.rodar());
    }
}
