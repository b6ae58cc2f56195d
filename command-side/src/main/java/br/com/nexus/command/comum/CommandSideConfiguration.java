package br.com.nexus.command.comum;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side wiring: the rejection interceptor on the command bus and one aggregate cache per
 * aggregate type (named in each {@code @Aggregate(cache = ...)}), which spares re-reading an
 * aggregate's stream for every command while it is still in memory.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Autowired
    public void registrarInterceptor(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new DomainExceptionWrappingInterceptor());
    }

    @Bean
    public Cache leadAggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache clienteAggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache boletoAggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache disparoAggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache pagamentoAggregateCache() {
        return new WeakReferenceCache();
    }
}
