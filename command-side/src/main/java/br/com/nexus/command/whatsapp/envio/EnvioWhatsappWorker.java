package br.com.nexus.command.whatsapp.envio;

import static br.com.nexus.command.whatsapp.envio.MotivosDeFalha.erro;

import br.com.nexus.command.whatsapp.ComandosWhatsapp;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.command.whatsapp.webhook.StatusDeMensagens;
import br.com.nexus.kernel.comum.ErroDominio;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.AbandonarDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarEnvioDisparoCommand;
import br.com.nexus.kernel.disparo.RegistrarFalhaDisparoCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sender. It sweeps the queue when an attempt is queued ({@link SinalDeEnvio}), when a send
 * frees its slot, at the instant the next attempt becomes due under its tenant's pacing (when that
 * is within {@code intervaloVarredura}), and whenever the db-scheduler task
 * {@link VarreduraDeEnvios#TAREFA} wakes it, the safety net run every {@code intervaloVarredura}
 * on one node at a time. The sweeps run one at a time on the {@code whatsapp-varredura} thread,
 * which also keeps the pacing's sub-second wake-ups (a send at 50 ms gaps cannot wait for the
 * scheduler's polling); the sends run on a pool of {@code enviosSimultaneos} threads, the parallel
 * work itself. Each sweep claims, per tenant, what the tenant's pacing
 * lets out now ({@link FilaDeEnvio#reivindicar}) and sends it on a small pool, then records the
 * outcome on the Disparo aggregate: {@code RegistrarEnvioDisparo} with WhatsApp's message id, or
 * {@code RegistrarFalhaDisparo} with the reason and whether it is retryable ({@link AgendaDeEnvios}
 * schedules the retry from the resulting event). A tenant with a gap between messages has one send
 * in flight at a time, the next claimed the gap after the previous call returned
 * ({@link EspacamentoDaInstancia}). An attempt that finds no connection to WhatsApp
 * may instead pause the tenant and go back to the queue ({@link PausaDeEnvios}). Each attempt is
 * handled in isolation: whatever one does, the next one still goes.
 */
@Component
class EnvioWhatsappWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EnvioWhatsappWorker.class);
    static final String ORIGEM = "whatsapp-envio";
    private static final Duration DEVOLUCAO = Duration.ofMinutes(1);
    private static final int TENANTS_POR_VARREDURA = 200;
    private static final int TENTATIVAS_DE_REGISTRO = 3;

    private final FilaDeEnvio fila;
    private final EnviadorDeDisparo enviador;
    private final ConfiguracoesEvolution configuracoes;
    private final ComandosWhatsapp comandos;
    private final StatusDeMensagens status;
    private final PausaDeEnvios pausa;
    private final WhatsappProperties propriedades;
    private final Clock clock;
    private final RandomGenerator aleatorio = new Random();
    private final Semaphore vagas;
    private final EspacamentoDaInstancia espacamento = new EspacamentoDaInstancia();
    private final Object agendamento = new Object();
    private ScheduledFuture<?> proximaVarredura;
    private long proximaVarreduraEm;
    private ScheduledExecutorService varredura;
    private ExecutorService envios;
    private volatile boolean rodando;

    EnvioWhatsappWorker(FilaDeEnvio fila, EnviadorDeDisparo enviador, ConfiguracoesEvolution configuracoes,
            ComandosWhatsapp comandos, StatusDeMensagens status, PausaDeEnvios pausa, SinalDeEnvio sinal,
            WhatsappProperties propriedades) {
        this.fila = fila;
        this.enviador = enviador;
        this.configuracoes = configuracoes;
        this.comandos = comandos;
        this.status = status;
        this.pausa = pausa;
        this.propriedades = propriedades;
        this.clock = Clock.systemUTC();
        this.vagas = new Semaphore(Math.max(1, propriedades.enviosSimultaneos()));
        sinal.ouvir(() -> agendarVarredura(Duration.ZERO));
    }

    @Override
    public synchronized void start() {
        if (rodando) {
            return;
        }
        varredura = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "whatsapp-varredura"));
        envios = Executors.newFixedThreadPool(Math.max(1, propriedades.enviosSimultaneos()),
                r -> daemon(r, "whatsapp-envio"));
        rodando = true;
        agendarVarredura(Duration.ZERO);
    }

    @Override
    public synchronized void stop() {
        rodando = false;
        if (varredura != null) {
            varredura.shutdownNow();
            envios.shutdown();
            try {
                if (!envios.awaitTermination(10, TimeUnit.SECONDS)) {
                    envios.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                envios.shutdownNow();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return rodando;
    }

    /** Stops before the command bus and the database go away, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /**
     * Runs the sweep {@code atraso} from now, or keeps the one already due sooner. Called from any
     * thread; the sweeps themselves run one at a time on their own thread.
     */
    void agendarVarredura(Duration atraso) {
        synchronized (agendamento) {
            if (!rodando) {
                return;
            }
            long quando = System.nanoTime() + atraso.toNanos();
            if (proximaVarredura != null && !proximaVarredura.isDone() && proximaVarreduraEm - quando <= 0) {
                return;
            }
            if (proximaVarredura != null) {
                proximaVarredura.cancel(false);
            }
            proximaVarreduraEm = quando;
            proximaVarredura = varredura.schedule(this::varrerEReagendar, atraso.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void varrerEReagendar() {
        synchronized (agendamento) {
            proximaVarredura = null;
        }
        Optional<Duration> atraso = Optional.empty();
        try {
            atraso = proximoAtraso(varrer());
        } catch (RuntimeException e) {
            log.error("WhatsApp sender sweep failed; the periodic sweep tries again", e);
        } finally {
            atraso.ifPresent(this::agendarVarredura);
        }
    }

    /**
     * After a sweep that claimed something, at once (a tenant with no gap may have more due); else
     * when the next attempt or slot is due, if that is sooner than the periodic sweep. A full pool
     * waits for a send to free its slot.
     */
    private Optional<Duration> proximoAtraso(boolean progrediu) {
        if (vagas.availablePermits() == 0) {
            return Optional.empty();
        }
        if (progrediu) {
            return Optional.of(Duration.ZERO);
        }
        Duration maximo = propriedades.intervaloVarredura();
        Instant agora = clock.instant();
        Duration ate = fila.proximoTrabalho(agora).map(p -> Duration.between(agora, p)).orElse(maximo);
        Optional<Duration> liberacao = espacamento.proximaLiberacao();
        if (liberacao.isPresent() && liberacao.get().compareTo(ate) < 0) {
            ate = liberacao.get();
        }
        if (ate.compareTo(maximo) >= 0) {
            return Optional.empty();
        }
        return Optional.of(ate.isNegative() ? Duration.ZERO : ate);
    }

    /** Claims what is due for each tenant with work; true when anything was claimed. */
    boolean varrer() {
        boolean progrediu = false;
        try {
            recuperarInterrompidas();
            Instant agora = clock.instant();
            for (TenantId tenant : fila.tenantsComTrabalho(agora, TENANTS_POR_VARREDURA)) {
                if (!rodando || vagas.availablePermits() == 0) {
                    return progrediu;
                }
                progrediu |= reivindicar(tenant, agora);
            }
        } catch (RuntimeException e) {
            log.error("WhatsApp sender sweep failed; it runs again shortly", e);
        }
        return progrediu;
    }

    private boolean reivindicar(TenantId tenant, Instant agora) {
        if (!espacamento.livre(tenant)) {
            return false;
        }
        RegrasDeRitmo regras = configuracoes.doTenant(tenant).map(ConfiguracaoEvolution::ritmo)
                .orElse(RegrasDeRitmo.PADRAO);
        Duration intervalo = regras.intervaloMinimo();
        List<Reivindicacao> reivindicadas = fila.reivindicar(tenant, agora, new RitmoDeEnvio(regras, aleatorio),
                regras.pausa());
        for (Reivindicacao r : reivindicadas) {
            if (r.abandonar()) {
                abandonar(r);
            } else if (vagas.tryAcquire()) {
                espacamento.iniciou(tenant, intervalo);
                envios.execute(() -> {
                    try {
                        processar(r, intervalo);
                    } finally {
                        vagas.release();
                        agendarVarredura(Duration.ZERO);
                    }
                });
            } else {
                fila.devolver(r, agora, "sem vaga para enviar");
            }
        }
        return !reivindicadas.isEmpty();
    }

    /** Sends, lets the tenant's next send be claimed {@code intervalo} after the call returned, then records. */
    private void processar(Reivindicacao r, Duration intervalo) {
        Resultado resultado;
        try {
            resultado = enviador.enviar(r, clock.instant());
        } catch (RuntimeException e) {
            log.error("Unexpected failure sending dispatch {} attempt {}", r.disparo().disparoId(), r.tentativa(), e);
            resultado = new Resultado.Falhou(erro(MotivosDeFalha.ERRO_INTERNO, e.getClass().getSimpleName()), true);
        } finally {
            espacamento.terminou(r.disparo().tenantId(), intervalo);
        }
        try {
            registrar(r, resultado);
        } catch (RuntimeException e) {
            log.error("Could not record the outcome of dispatch {} attempt {}", r.disparo().disparoId(), r.tentativa(),
                    e);
        }
    }

    private void registrar(Reivindicacao r, Resultado resultado) {
        Instant agora = clock.instant();
        if (resultado instanceof Resultado.Enviado enviado) {
            // The aggregate first: a node dying between the two leaves the attempt marked in flight, which
            // recovery then finds already sent; the other order left a sent dispatch requested forever.
            registrarEnvio(r, enviado.mensagem().messageId());
            fila.registrarEnviado(r, enviado.mensagem().messageId(), enviado.mensagem().remoteJid(), agora);
            status.aplicarPendentes(r.disparo().tenantId(), enviado.mensagem().messageId());
            log.info("Dispatch {} attempt {} sent as {}", r.disparo().disparoId(), r.tentativa(),
                    enviado.mensagem().messageId());
            try {
                pausa.enviou(r.disparo().tenantId(), agora);
            } catch (RuntimeException e) {
                log.warn("Dispatch {} was sent but the tenant's connection health was not updated",
                        r.disparo().disparoId(), e);
            }
        } else if (resultado instanceof Resultado.Falhou falhou) {
            falhar(r, falhou, agora);
        } else if (resultado instanceof Resultado.SemConexao semConexao) {
            boolean pausado;
            try {
                pausado = pausa.semConexao(r, semConexao, agora);
            } catch (RuntimeException e) {
                log.warn("Could not record that dispatch {} found no connection", r.disparo().disparoId(), e);
                fila.devolver(r, agora.plus(DEVOLUCAO), "falha ao registrar o resultado");
                return;
            }
            if (!pausado) {
                falhar(r, new Resultado.Falhou(semConexao.erro(), true), agora);
            }
        } else if (resultado instanceof Resultado.Adiado adiado) {
            fila.devolver(r, adiado.ate(), adiado.motivo());
        }
    }

    private void falhar(Reivindicacao r, Resultado.Falhou falhou, Instant agora) {
        if (registrarFalha(r, falhou, agora).isEmpty()) {
            fila.devolver(r, agora.plus(DEVOLUCAO), "falha ao registrar o resultado");
        }
    }

    /** The message is out whatever happens here, so recording it is retried a few times before giving up loudly. */
    private void registrarEnvio(Reivindicacao r, String messageId) {
        RegistrarEnvioDisparoCommand comando = new RegistrarEnvioDisparoCommand(r.disparo().disparoId(),
                r.disparo().tenantId(), messageId, r.tentativa());
        for (int vez = 1; ; vez++) {
            try {
                ComandosWhatsapp.Desfecho desfecho = comandos.enviar(comando, ORIGEM);
                desfecho.recusa().ifPresent(erro -> log.warn("Dispatch {} sent as {} but the aggregate refused it: {}",
                        r.disparo().disparoId(), messageId, erro.code()));
                return;
            } catch (RuntimeException e) {
                if (vez >= TENTATIVAS_DE_REGISTRO) {
                    log.error("Dispatch {} was sent as {} but recording it failed", r.disparo().disparoId(), messageId,
                            e);
                    return;
                }
            }
        }
    }

    /** Records the failure on the aggregate, then on the attempt; empty when the command could not be handled. */
    private Optional<ComandosWhatsapp.Desfecho> registrarFalha(Reivindicacao r, Resultado.Falhou falhou,
            Instant agora) {
        log.info("Dispatch {} attempt {} failed ({}): {}", r.disparo().disparoId(), r.tentativa(),
                falhou.retentavel() ? "retryable" : "permanent", falhou.erro());
        ComandosWhatsapp.Desfecho desfecho;
        try {
            desfecho = comandos.enviar(new RegistrarFalhaDisparoCommand(r.disparo().disparoId(), r.disparo().tenantId(),
                    falhou.erro(), r.tentativa(), falhou.retentavel()), ORIGEM);
        } catch (RuntimeException e) {
            log.warn("Could not record the failure of dispatch {}", r.disparo().disparoId(), e);
            return Optional.empty();
        }
        String recusa = desfecho.recusa().map(ErroDominio::code).map(c -> " (recusado: " + c + ")").orElse("");
        fila.registrarFalha(r, falhou.erro() + recusa, agora);
        return Optional.of(desfecho);
    }

    private void abandonar(Reivindicacao r) {
        try {
            ComandosWhatsapp.Desfecho desfecho = comandos.enviar(new AbandonarDisparoCommand(r.disparo().disparoId(),
                    r.disparo().tenantId(), "Tentativas de envio esgotadas"), ORIGEM);
            fila.registrarAbandono(r, desfecho.recusa().map(e -> "recusado: " + e.code()).orElse("abandonado"),
                    clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not abandon dispatch {}; trying again on the next sweep", r.disparo().disparoId(), e);
        }
    }

    /** Attempts left in flight by a node that died: whether they went out is unknown, so they are not sent again. */
    private void recuperarInterrompidas() {
        Instant limite = clock.instant().minus(propriedades.envioTravadoApos());
        for (Reivindicacao r : fila.interrompidas(limite)) {
            registrarFalha(r, new Resultado.Falhou(erro(MotivosDeFalha.ENVIO_INTERROMPIDO,
                    "envio interrompido; confira no WhatsApp se a mensagem chegou"), false), clock.instant());
        }
    }

    private static Thread daemon(Runnable r, String nome) {
        Thread thread = new Thread(r, nome);
        thread.setDaemon(true);
        return thread;
    }
}
