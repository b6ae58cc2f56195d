package br.com.nexus.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The meters Axon's own monitors keep for a processor or a bus, under the same names: the timers
 * {@code <nome>.allTimer}, {@code .successTimer}, {@code .failureTimer}, {@code .ignoredTimer}; the
 * counters {@code <nome>.ingestedCounter}, {@code .successCounter}, {@code .failureCounter},
 * {@code .processedCounter}, {@code .ignoredCounter} per {@code payloadType}; and, for a
 * processor, the gauge {@code <nome>.latency}: how far, in event time, the last event it finished
 * is behind the last one it took.
 *
 * <p>Axon's monitors look their meters up in the registry for every message a processor reads,
 * those it ignores included: ten look-ups per event and processor, and a gauge registered again
 * each time, which Micrometer reports as a warning. Rebuilding the read models, that was a tenth
 * of the processors' time. Here each meter is registered once (the counters once per payload type).
 */
final class MedidorDeMensagens<M extends Message<?>> implements MessageMonitor<M> {

    private static final Duration JANELA_DOS_PERCENTIS = Duration.ofMinutes(10);

    private final MeterRegistry registro;
    private final String nome;
    private final Timer todos;
    private final Timer sucesso;
    private final Timer falha;
    private final Timer ignorados;
    private final Map<Class<?>, Contadores> contadores = new ConcurrentHashMap<>();
    private final boolean comLatencia;
    private final AtomicLong ultimaRecebida = new AtomicLong(-1);
    private final AtomicLong ultimaProcessada = new AtomicLong(-1);

    private MedidorDeMensagens(String nome, MeterRegistry registro, boolean comLatencia) {
        this.registro = registro;
        this.nome = nome;
        this.todos = timer("allTimer");
        this.sucesso = timer("successTimer");
        this.falha = timer("failureTimer");
        this.ignorados = timer("ignoredTimer");
        this.comLatencia = comLatencia;
        if (comLatencia) {
            Gauge.builder(nome + ".latency", this, MedidorDeMensagens::latencia).register(registro);
        }
    }

    /** For a command or query bus. */
    static <M extends Message<?>> MedidorDeMensagens<M> deBarramento(String nome, MeterRegistry registro) {
        return new MedidorDeMensagens<>(nome, registro, false);
    }

    /** For an event processor: the bus's meters and its latency. */
    static MedidorDeMensagens<EventMessage<?>> deProcessador(String nome, MeterRegistry registro) {
        return new MedidorDeMensagens<>(nome, registro, true);
    }

    @Override
    public MonitorCallback onMessageIngested(M mensagem) {
        Contadores porTipo = contadores.computeIfAbsent(mensagem.getPayloadType(), Contadores::new);
        porTipo.recebidas.increment();
        long inicio = System.nanoTime();
        long instante = comLatencia ? ((EventMessage<?>) mensagem).getTimestamp().toEpochMilli() : -1;
        if (comLatencia) {
            ultimaRecebida.accumulateAndGet(instante, Math::max);
        }
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                terminar(sucesso);
                porTipo.processadas.increment();
                porTipo.sucessos.increment();
            }

            @Override
            public void reportFailure(Throwable causa) {
                terminar(falha);
                porTipo.processadas.increment();
                porTipo.falhas.increment();
            }

            @Override
            public void reportIgnored() {
                terminar(ignorados);
                porTipo.ignoradas.increment();
            }

            private void terminar(Timer desfecho) {
                long duracao = System.nanoTime() - inicio;
                todos.record(duracao, TimeUnit.NANOSECONDS);
                desfecho.record(duracao, TimeUnit.NANOSECONDS);
                if (comLatencia) {
                    ultimaProcessada.accumulateAndGet(instante, Math::max);
                }
            }
        };
    }

    private long latencia() {
        long recebida = ultimaRecebida.get();
        long processada = ultimaProcessada.get();
        return recebida == -1 || processada == -1 ? 0 : recebida - processada;
    }

    private Timer timer(String sufixo) {
        return Timer.builder(nome + "." + sufixo)
                .distributionStatisticExpiry(JANELA_DOS_PERCENTIS)
                .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                .register(registro);
    }

    private final class Contadores {

        final Counter recebidas;
        final Counter sucessos;
        final Counter falhas;
        final Counter processadas;
        final Counter ignoradas;

        Contadores(Class<?> tipo) {
            recebidas = contador("ingestedCounter", tipo);
            sucessos = contador("successCounter", tipo);
            falhas = contador("failureCounter", tipo);
            processadas = contador("processedCounter", tipo);
            ignoradas = contador("ignoredCounter", tipo);
        }

        private Counter contador(String sufixo, Class<?> tipo) {
            return Counter.builder(nome + "." + sufixo).tag("payloadType", tipo.getSimpleName()).register(registro);
        }
    }
}
