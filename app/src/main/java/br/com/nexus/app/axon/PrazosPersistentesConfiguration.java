package br.com.nexus.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Saga deadlines and periodic work in PostgreSQL: a db-scheduler {@link Scheduler} over the
 * application's database, running every {@code Task} bean, from which Axon builds its
 * {@code DbSchedulerDeadlineManager}. Scheduling joins the transaction of the saga that asks for
 * it, so a deadline exists exactly when the saga's change was committed.
 */
@Configuration(proxyBeanMethods = false)
public class PrazosPersistentesConfiguration {

    /**
     * Recurring tasks among the {@code Task} beans are scheduled at start, once across nodes; the rest on demand.
     *
     * <p>A deadline being run when its node dies stays marked as picked; it runs again (on any node, the
     * restarted one included) once its {@code batimento} (heartbeat) has been missed six times.
     *
     * <p>Due deadlines are claimed in batches by one {@code UPDATE … SKIP LOCKED … RETURNING}
     * (lock-and-fetch), run on {@code threads} threads, and looked for every {@code varredura} and
     * whenever a batch runs low; one scheduled for now on this node is looked for at once. Due work is
     * taken by priority, then by time, so a task marked high (the provider events' inbox) does not wait
     * behind a backlog of deadlines.
     */
    @Bean
    Scheduler dbScheduler(DataSource dataSource, List<Task<?>> tarefas,
            @Value("${nexus.prazos.batimento:30s}") Duration batimento,
            @Value("${nexus.prazos.threads:4}") int threads,
            @Value("${nexus.prazos.varredura:500ms}") Duration varredura) {
        List<RecurringTask<?>> recorrentes = tarefas.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        List<Task<?>> sobDemanda = tarefas.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), sobDemanda)
                .startTasks(recorrentes)
                .tableName("scheduled_tasks")
                .threads(threads)
                .pollingInterval(varredura)
                .pollUsingLockAndFetch(0.5, 1.0)
                .enablePriority()
                .enableImmediateExecution()
                .heartbeatInterval(batimento)
                .build();
    }

    /** Starts polling once everything is wired, and stops before the database goes away. */
    @Bean
    SmartLifecycle dbSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean rodando;

            @Override
            public void start() {
                scheduler.start();
                rodando = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                rodando = false;
            }

            @Override
            public boolean isRunning() {
                return rodando;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
