package br.com.nexus.app.seguranca;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request limits' buckets live in PostgreSQL, shared by all nodes; refilled ones are purged hourly. */
@Configuration(proxyBeanMethods = false)
class LimitesConfiguration {

    static final String TAREFA_LIMPEZA = "baldes-de-limite-limpeza";
    private static final int LOTE = 1_000;

    @Bean
    ArmazemNoBanco armazemDeBaldes(DataSource dataSource) {
        return new ArmazemNoBanco(dataSource);
    }

    @Bean
    RecurringTask<Void> tarefaDeLimpezaDosBaldes(ArmazemNoBanco armazem) {
        return Tasks.recurring(TAREFA_LIMPEZA, FixedDelay.of(Duration.ofHours(1)))
                .execute((instancia, contexto) -> {
                    while (armazem.apagarVencidos(LOTE) == LOTE) {
                        // another batch: a busy hour can leave more than one batch of refilled buckets
                    }
                });
    }
}
