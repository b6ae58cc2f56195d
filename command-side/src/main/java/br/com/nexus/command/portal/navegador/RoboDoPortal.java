package br.com.nexus.command.portal.navegador;

import br.com.nexus.kernel.download.MotivoInterrupcao;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Downloads the boletos of a list of clientes from the portal with up to K browsers working in
 * parallel off one queue, all on the consultant's single login. Each outcome goes to a
 * {@link Destino} as soon as it is known. The first CAPTCHA, blocked page or refused login stops
 * every worker before its next cliente: insisting would only get the consultant blocked.
 */
public final class RoboDoPortal {

    private static final Logger log = LoggerFactory.getLogger(RoboDoPortal.class);

    private final ConfiguracaoNavegador navegador;
    private final PerfilPortal perfil;
    private final Parametros parametros;

    /**
     * @param paralelismo     browsers at once (K)
     * @param intervalo       courtesy pause of each browser between two clientes
     * @param tempoPorCliente budget of one cliente, all its pages included
     * @param capturas        where the screenshots of errors go
     */
    public record Parametros(int paralelismo, Duration intervalo, Duration tempoPorCliente, Path capturas) {

        public Parametros {
            if (paralelismo < 1) {
                throw new IllegalArgumentException("paralelismo deve ser ao menos 1");
            }
            Objects.requireNonNull(intervalo, "intervalo");
            Objects.requireNonNull(tempoPorCliente, "tempoPorCliente");
            Objects.requireNonNull(capturas, "capturas");
        }
    }

    /** Receives each outcome; answering {@code false} stops the run (it was closed elsewhere). */
    @FunctionalInterface
    public interface Destino {

        boolean receber(ClienteDoPortal cliente, Desfecho desfecho);
    }

    /**
     * How a run ended: stopped by the portal or by a failure ({@code parada}), cancelled by the
     * {@link Destino}, or neither when every cliente got an outcome.
     */
    public record Fim(ParadaNoPortal parada, boolean cancelado, int processados, int logins) {
    }

    public RoboDoPortal(ConfiguracaoNavegador navegador, PerfilPortal perfil, Parametros parametros) {
        this.navegador = navegador;
        this.perfil = perfil;
        this.parametros = parametros;
    }

    public Fim executar(String baseUrl, Credenciais credenciais, List<ClienteDoPortal> clientes, Integer ano,
            Destino destino) {
        return executar(baseUrl, credenciais, clientes, ano, destino, SinalDeVida.NENHUM);
    }

    /**
     * Runs as {@link #executar(String, Credenciais, List, Integer, Destino)}, giving {@code vida} a beat
     * every {@link SinalDeVida#cadencia()} while the browsers work, from the calling thread.
     */
    public Fim executar(String baseUrl, Credenciais credenciais, List<ClienteDoPortal> clientes, Integer ano,
            Destino destino, SinalDeVida vida) {
        Execucao execucao = new Execucao(baseUrl, credenciais, new ConcurrentLinkedQueue<>(clientes), ano, destino);
        int trabalhadores = Math.max(1, Math.min(parametros.paralelismo(), clientes.size()));
        CustomizableThreadFactory threads = new CustomizableThreadFactory(
                "portal-" + Integer.toHexString(System.identityHashCode(execucao)) + "-");
        threads.setDaemon(true);
        ExecutorService pool = Executors.newFixedThreadPool(trabalhadores, threads);
        try {
            List<Future<?>> futuros = new ArrayList<>();
            for (int i = 0; i < trabalhadores; i++) {
                futuros.add(pool.submit(execucao::trabalhar));
            }
            for (Future<?> futuro : futuros) {
                aguardar(futuro, vida);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            execucao.cancelado.set(true);
        } catch (ExecutionException e) {
            execucao.falhar(MotivoInterrupcao.FALHA_INTERNA, "Falha inesperada: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (execucao.parada.get() == null && !execucao.cancelado.get() && !execucao.fila.isEmpty()) {
            RuntimeException causa = execucao.falhaDoNavegador.get();
            execucao.falhar(MotivoInterrupcao.FALHA_NO_NAVEGADOR, "O navegador não pôde trabalhar: "
                    + (causa == null ? "desconhecida" : causa.getMessage()));
        }
        return new Fim(execucao.parada.get(), execucao.cancelado.get(), execucao.processados.get(),
                execucao.login.logins());
    }

    private static void aguardar(Future<?> futuro, SinalDeVida vida) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                futuro.get(vida.cadencia().toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                vida.bater();
            }
        }
    }

    /** A beat the run gives while it works, so whoever holds it can show it is alive. */
    public interface SinalDeVida {

        SinalDeVida NENHUM = new SinalDeVida() {
            @Override
            public Duration cadencia() {
                return Duration.ofDays(1);
            }

            @Override
            public void bater() {
            }
        };

        Duration cadencia();

        void bater();
    }

    private final class Execucao {

        final String baseUrl;
        final Credenciais credenciais;
        final Queue<ClienteDoPortal> fila;
        final Integer ano;
        final Destino destino;
        final LoginCompartilhado login = new LoginCompartilhado();
        final AtomicReference<ParadaNoPortal> parada = new AtomicReference<>();
        final AtomicBoolean cancelado = new AtomicBoolean();
        final AtomicInteger processados = new AtomicInteger();
        final AtomicReference<RuntimeException> falhaDoNavegador = new AtomicReference<>();

        Execucao(String baseUrl, Credenciais credenciais, Queue<ClienteDoPortal> fila, Integer ano, Destino destino) {
            this.baseUrl = baseUrl;
            this.credenciais = credenciais;
            this.fila = fila;
            this.ano = ano;
            this.destino = destino;
        }

        void trabalhar() {
            SessaoPortal sessao = null;
            try {
                sessao = abrir();
                boolean primeiro = true;
                while (continuar()) {
                    ClienteDoPortal cliente = fila.poll();
                    if (cliente == null) {
                        return;
                    }
                    if (!primeiro) {
                        sessao.aguardar(parametros.intervalo());
                    }
                    primeiro = false;
                    Desfecho desfecho;
                    try {
                        desfecho = sessao.baixar(cliente, ano, parametros.tempoPorCliente());
                    } catch (ParadaNoPortal e) {
                        log.warn("Portal parou a execução: {} ({})", e.motivo(), e.detalhe());
                        parada.compareAndSet(null, e);
                        return;
                    } catch (RuntimeException e) {
                        log.error("Erro inesperado no cliente {}", cliente.clienteId(), e);
                        desfecho = new Desfecho.Falha("Erro inesperado: " + e, null);
                    }
                    processados.incrementAndGet();
                    if (!entregar(cliente, desfecho)) {
                        return;
                    }
                    if (desfecho instanceof Desfecho.Falha && !sessao.conectada()) {
                        log.warn("Navegador caiu; abrindo outro");
                        sessao.close();
                        sessao = null;
                        sessao = abrir();
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Navegador do portal falhou: {}", SessaoPortal.primeiraLinha(e));
                falhaDoNavegador.compareAndSet(null, e);
            } finally {
                if (sessao != null) {
                    sessao.close();
                }
            }
        }

        private SessaoPortal abrir() {
            return SessaoPortal.abrir(navegador, perfil, baseUrl, credenciais, login,
                    parametros.capturas());
        }

        private boolean continuar() {
            return parada.get() == null && !cancelado.get() && !Thread.currentThread().isInterrupted();
        }

        private boolean entregar(ClienteDoPortal cliente, Desfecho desfecho) {
            try {
                if (destino.receber(cliente, desfecho)) {
                    return true;
                }
                cancelado.set(true);
                return false;
            } catch (RuntimeException e) {
                log.error("Resultado do cliente {} não foi registrado", cliente.clienteId(), e);
                falhar(MotivoInterrupcao.FALHA_INTERNA, "Resultado não pôde ser registrado: " + e.getMessage());
                return false;
            }
        }

        void falhar(MotivoInterrupcao motivo, String detalhe) {
            parada.compareAndSet(null, new ParadaNoPortal(motivo, detalhe, null));
        }
    }
}
