package br.com.nexus.app.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's message metrics (counts, timers, each processor's latency) from {@link MedidorDeMensagens},
 * without Axon's capacity monitors and without its per-message look-ups of the meters.
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
            return MedidorDeMensagens.deProcessador(nome, getRegistry());
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventBus(String nome) {
            return MedidorDeMensagens.deBarramento(nome, getRegistry());
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String nome) {
            return MedidorDeMensagens.deBarramento(nome, getRegistry());
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String nome) {
            return MedidorDeMensagens.deBarramento(nome, getRegistry());
        }
    }
}
