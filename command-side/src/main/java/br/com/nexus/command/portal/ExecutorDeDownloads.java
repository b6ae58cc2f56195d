package br.com.nexus.command.portal;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.portal.ExecucoesNoBanco.Execucao;
import br.com.nexus.command.portal.ExecucoesNoBanco.Situacao;
import br.com.nexus.command.portal.navegador.ClienteDoPortal;
import br.com.nexus.command.portal.navegador.ParadaNoPortal;
import br.com.nexus.command.portal.navegador.PerfilPortal;
import br.com.nexus.command.portal.navegador.RoboDoPortal;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.InterromperExecucaoDownloadCommand;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Runs download runs in the background, a few at a time, each with its own K browsers (a pool of
 * workers, not a timer: each thread is one run for as long as it lasts). A run takes the clientes
 * still without an outcome from its work list, under a lease: while it works it marks itself alive
 * every {@code verificacao}, and the db-scheduler task {@link PortalConfiguration#TAREFA_RETOMADA}
 * (one node at a time) takes over any run whose node has been silent for {@code silencioMaximo}, so
 * a run cut short by a crash carries on from where it stopped, here after a restart or on another
 * node, and never on two at once.
 */
@Component
class ExecutorDeDownloads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExecutorDeDownloads.class);

    private final ExecucoesNoBanco execucoes;
    private final IntegracaoRepository integracoes;
    private final RegistroDeDesfechos registro;
    private final CommandGateway commandGateway;
    private final PortalProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final String dono = nomeDoNo();
    private final Set<ExecucaoDownloadId> minhas = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;

    ExecutorDeDownloads(ExecucoesNoBanco execucoes, IntegracaoRepository integracoes, RegistroDeDesfechos registro,
            CommandGateway commandGateway, PortalProperties properties) {
        this.execucoes = execucoes;
        this.integracoes = integracoes;
        this.registro = registro;
        this.commandGateway = commandGateway;
        this.properties = properties;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("portal-execucao-");
        threads.setDaemon(true);
        this.pool = Executors.newFixedThreadPool(Math.max(1, properties.getExecucoesSimultaneas()), threads);
    }

    /** Queues the run here; one this node already holds is not queued twice. */
    void executar(ExecucaoDownloadId id) {
        if (minhas.add(id)) {
            pool.submit(() -> {
                try {
                    processar(id);
                } finally {
                    minhas.remove(id);
                }
            });
        }
    }

    /** Takes over the runs whose node went silent (a crash, or this node before a restart). */
    void retomarAbandonadas() {
        for (ExecucaoDownloadId id : execucoes.abandonadas(clock.instant().minus(properties.getSilencioMaximo()))) {
            if (!minhas.contains(id)) {
                log.info("Retomando a execução de download {}, parada sem sinal de vida", id);
                executar(id);
            }
        }
    }

    private void processar(ExecucaoDownloadId id) {
        Optional<Execucao> encontrada = execucoes.buscar(id);
        if (encontrada.isEmpty() || encontrada.get().situacao() != Situacao.EM_ANDAMENTO
                || !execucoes.assumir(id, dono, clock.instant(), clock.instant().minus(properties.getSilencioMaximo()))) {
            return;
        }
        Execucao execucao = encontrada.get();
        try {
            List<ClienteDoPortal> pendentes = execucoes.pendentes(id);
            if (pendentes.isEmpty()) {
                return;
            }
            Optional<Integracao> integracao = integracoes.buscar(execucao.tenantId(), ConfiguracaoCanopus.TIPO);
            if (integracao.isEmpty()) {
                interromper(execucao, MotivoInterrupcao.INTEGRACAO_NAO_CONFIGURADA,
                        "A integração canopus não está configurada", null);
                return;
            }
            ConfiguracaoCanopus configuracao;
            try {
                configuracao = ConfiguracaoCanopus.de(integracao.get(), properties);
            } catch (DomainException e) {
                interromper(execucao, MotivoInterrupcao.INTEGRACAO_NAO_CONFIGURADA, e.getMessage(), null);
                return;
            }
            PerfilPortal perfil = properties.perfil(configuracao.perfil()).orElseThrow();
            RoboDoPortal robo = new RoboDoPortal(properties.navegador(), perfil, new RoboDoPortal.Parametros(
                    properties.getParalelismo(), properties.getIntervalo(), properties.getTempoPorCliente(),
                    properties.capturas(id)));
            log.info("Execução de download {}: {} clientes, {} navegadores", id, pendentes.size(),
                    Math.min(properties.getParalelismo(), pendentes.size()));
            RoboDoPortal.Fim fim = robo.executar(configuracao.baseUrl(), configuracao.credenciais(), pendentes,
                    execucao.ano(), (cliente, desfecho) -> registro.registrar(execucao, cliente, desfecho),
                    vida(id));
            log.info("Execução de download {} terminou: {} clientes, {} login(s){}", id, fim.processados(),
                    fim.logins(), fim.parada() == null ? "" : ", parada: " + fim.parada().motivo());
            ParadaNoPortal parada = fim.parada();
            if (parada != null) {
                interromper(execucao, parada.motivo(), parada.detalhe(),
                        parada.captura() == null ? null : parada.captura().toString());
            }
        } catch (RuntimeException e) {
            log.error("Execução de download {} falhou", id, e);
            try {
                interromper(execucao, MotivoInterrupcao.FALHA_INTERNA, "Falha interna: " + e.getMessage(), null);
            } catch (RuntimeException outra) {
                log.error("Execução de download {} não pôde ser interrompida", id, outra);
            }
        }
    }

    private RoboDoPortal.SinalDeVida vida(ExecucaoDownloadId id) {
        Duration cadencia = properties.getVerificacao();
        return new RoboDoPortal.SinalDeVida() {
            @Override
            public Duration cadencia() {
                return cadencia;
            }

            @Override
            public void bater() {
                try {
                    execucoes.bater(Set.of(id), dono, clock.instant());
                } catch (RuntimeException e) {
                    log.warn("Sinal de vida da execução de download {} falhou: {}", id, e.toString());
                }
            }
        };
    }

    private void interromper(Execucao execucao, MotivoInterrupcao motivo, String detalhe, String captura) {
        commandGateway.sendAndWait(new InterromperExecucaoDownloadCommand(execucao.id(), execucao.tenantId(), motivo,
                detalhe, captura));
    }

    private static String nomeDoNo() {
        String maquina;
        try {
            maquina = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            maquina = "no";
        }
        String nome = maquina + "-" + UUID.randomUUID();
        return nome.length() <= 100 ? nome : nome.substring(nome.length() - 100);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
