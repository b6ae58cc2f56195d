package br.com.nexus.app.axon;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's message metrics (counts, timers, each processor's latency) without its capacity monitors.
 *
 * <p>A capacity monitor keeps every message's handling time of the last ten minutes in memory, per
 * processor and bus, for every event a processor reads, the ones it ignores included. Rebuilding the
 * read models from a million events, that was 2.5 million entries (about 200 MB) held at once, and
 * the heap under its cap of 512 MB spent its time collecting. Timers and the latency gauge say what
 * the capacity figure said (how busy a processor is) from constant memory.
 */
@Configuration(proxyBeanMethods = false)
class MetricasDoAxonConfiguration {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registro) {
        return new MetricasSemCapacidade(registro);
    }

    static final class MetricasSemCapacidade extends GlobalMetricRegistry {

        MetricasSemCapacidade(MeterRegistry registro) {
            super(registro);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String nome) {
            return new MultiMessageMonitor<EventMessage<?>>(List.of(
                    MessageTimerMonitor.buildMonitor(nome, getRegistry()),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(nome).meterRegistry(getRegistry()).build(),
                    MessageCountingMonitor.buildMonitor(nome, getRegistry())));
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String nome) {
            return semCapacidade(nome);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String nome) {
            return semCapacidade(nome);
        }

        private MessageMonitor<Message<?>> semCapacidade(String nome) {
            return new MultiMessageMonitor<Message<?>>(List.of(
                    MessageTimerMonitor.buildMonitor(nome, getRegistry()),
                    MessageCountingMonitor.buildMonitor(nome, getRegistry())));
        }
    }
}
