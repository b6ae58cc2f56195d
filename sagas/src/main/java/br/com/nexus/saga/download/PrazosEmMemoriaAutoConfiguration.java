package br.com.nexus.saga.download;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The sagas' deadline manager when nothing better is configured: Axon's in-memory one. It is an
 * auto-configuration ordered after Axon's db-scheduler and JobRunr ones, so once a persistent
 * scheduler is set up (db-scheduler's {@code Scheduler} bean) its deadline manager takes over and
 * this one steps aside. In memory, a deadline does not survive a restart; the download saga copes
 * because an interrupted run is resumed at start-up and finishes on its own.
 */
@AutoConfiguration(afterName = {
    "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration",
    "org.axonframework.springboot.autoconfig.AxonJobRunrAutoConfiguration",
    "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
public class PrazosEmMemoriaAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrazosEmMemoriaAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(DeadlineManager.class)
    DeadlineManager deadlineManager(Configuration configuration, ObjectProvider<TransactionManager> transacoes) {
        log.info("Deadlines in memory (no persistent scheduler configured)");
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .transactionManager(transacoes.getIfAvailable(NoTransactionManager::instance))
                .build();
    }
}
