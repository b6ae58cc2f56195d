package br.com.nexus.command.whatsapp.evolution;

import br.com.nexus.command.whatsapp.WhatsappProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link EvolutionClient} behind resilience: transient failures (5xx, "Connection Closed",
 * timeouts) are retried with exponential backoff and jitter, and each instance has its own
 * circuit breaker that opens when the gateway keeps failing, so a dead server is not hammered and
 * the sender learns it at once ({@link CircuitoAberto}). Permanent failures pass straight through
 * and do not count against the breaker.
 */
public class GatewayEvolution {

    private static final double MULTIPLICADOR = 2.0;
    private static final double ALEATORIEDADE = 0.5;

    private final EvolutionClient client;
    private final CircuitBreakerRegistry circuitos;
    private final RetryRegistry retentativas;

    public GatewayEvolution(EvolutionClient client, WhatsappProperties propriedades) {
        this.client = client;
        this.circuitos = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(propriedades.circuitoJanela())
                .minimumNumberOfCalls(propriedades.circuitoMinimo())
                .failureRateThreshold(propriedades.circuitoTaxaFalha())
                .waitDurationInOpenState(propriedades.circuitoAberto())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(GatewayEvolution::transitoria)
                .build());
        this.retentativas = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(Math.max(1, propriedades.tentativasHttp()))
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(propriedades.esperaInicialHttp(),
                        MULTIPLICADOR, ALEATORIEDADE))
                .retryOnException(GatewayEvolution::transitoria)
                .build());
    }

    public MensagemEnviada enviarTexto(ConexaoEvolution conexao, String numero, String texto, Duration digitacao) {
        return executar(conexao, () -> client.enviarTexto(conexao, numero, texto, digitacao));
    }

    public MensagemEnviada enviarDocumento(ConexaoEvolution conexao, String numero, byte[] pdf, String nomeArquivo,
            String legenda, Duration digitacao) {
        return executar(conexao, () -> client.enviarDocumento(conexao, numero, pdf, nomeArquivo, legenda, digitacao));
    }

    public EstadoConexao estado(ConexaoEvolution conexao) {
        return executar(conexao, () -> client.estado(conexao));
    }

    public List<NumeroWhatsapp> consultarNumeros(ConexaoEvolution conexao, List<String> numeros) {
        return executar(conexao, () -> client.consultarNumeros(conexao, numeros));
    }

    public EstadoConexao conectar(ConexaoEvolution conexao) {
        return executar(conexao, () -> client.conectar(conexao));
    }

    public void configurarWebhook(ConexaoEvolution conexao, NovaInstancia.Webhook webhook) {
        executar(conexao, () -> {
            client.configurarWebhook(conexao, webhook);
            return null;
        });
    }

    /** Creating is not retried: a create that timed out may have succeeded, and a second one would be refused. */
    public InstanciaCriada criarInstancia(URI servidor, String chaveGlobal, NovaInstancia nova) {
        CircuitBreaker circuito = circuitos.circuitBreaker(new ConexaoEvolution(servidor, nova.instancia(), null).chave());
        try {
            return circuito.executeSupplier(() -> client.criarInstancia(servidor, chaveGlobal, nova));
        } catch (CallNotPermittedException e) {
            throw new CircuitoAberto(e);
        }
    }

    /** Whether the instance's breaker is letting calls through (closed or probing). */
    public boolean circuitoFechado(ConexaoEvolution conexao) {
        CircuitBreaker.State estado = circuitos.circuitBreaker(conexao.chave()).getState();
        return estado == CircuitBreaker.State.CLOSED || estado == CircuitBreaker.State.HALF_OPEN;
    }

    private <T> T executar(ConexaoEvolution conexao, Supplier<T> chamada) {
        CircuitBreaker circuito = circuitos.circuitBreaker(conexao.chave());
        Retry retentativa = retentativas.retry(conexao.chave());
        Supplier<T> protegida = Retry.decorateSupplier(retentativa, CircuitBreaker.decorateSupplier(circuito, chamada));
        try {
            return protegida.get();
        } catch (CallNotPermittedException e) {
            throw new CircuitoAberto(e);
        }
    }

    private static boolean transitoria(Throwable e) {
        return e instanceof FalhaEvolution falha && falha.transitoria();
    }

    /** The instance's breaker is open: the gateway failed too often lately, so no call was made. */
    public static class CircuitoAberto extends FalhaEvolution {

        CircuitoAberto(CallNotPermittedException causa) {
            super(Tipo.TRANSITORIA, "Circuito aberto: Evolution API falhou repetidamente; nova tentativa mais tarde",
                    causa, true);
        }
    }
}
