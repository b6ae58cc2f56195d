package br.com.nexus.command.comum;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Command-side wiring: the rejection interceptor on the command bus and one bounded LRU aggregate
 * cache per aggregate type (named in each {@code @Aggregate(cache = ...)}), which spares re-reading
 * an aggregate's stream for every command while it is among the recently used.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /** Aggregates of each type kept in memory (most recently used). */
    private static final String CAPACIDADE = "${nexus.comandos.cache-agregados:5000}";

    @Autowired
    public void registrarInterceptor(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new DomainExceptionWrappingInterceptor());
    }

    @Bean
    public Cache leadAggregateCache(@Value(CAPACIDADE) int capacidade) {
        return new LruCache(capacidade);
    }

    @Bean
    public Cache clienteAggregateCache(@Value(CAPACIDADE) int capacidade) {
        return new LruCache(capacidade);
    }

    @Bean
    public Cache boletoAggregateCache(@Value(CAPACIDADE) int capacidade) {
        return new LruCache(capacidade);
    }

    @Bean
    public Cache disparoAggregateCache(@Value(CAPACIDADE) int capacidade) {
        return new LruCache(capacidade);
    }

    @Bean
    public Cache pagamentoAggregateCache(@Value(CAPACIDADE) int capacidade) {
        return new LruCache(capacidade);
    }
}
