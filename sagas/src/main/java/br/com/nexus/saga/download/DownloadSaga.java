package br.com.nexus.saga.download;

import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ConcluirExecucaoDownloadCommand;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.saga.comum.ProcessadoresDasPoliticas;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * One per portal download run, from {@code ExecucaoDownloadIniciada} to
 * {@code ExecucaoDownloadConcluida}: makes sure every run ends. The browsers run on the command
 * side and the run concludes by itself with its last outcome or an interruption; what can still
 * go wrong is that nobody finishes it (its node died and none took it over). So each outcome
 * pushes a deadline {@link PrazosDeDownload#semProgresso()} ahead, and a run that reaches it is
 * closed with {@code ConcluirExecucaoDownloadCommand}, counted as expired, the rest not tried.
 */
@Saga
@ProcessingGroup(DownloadSaga.GRUPO)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class DownloadSaga {

    static final String GRUPO = "download-saga";
    static final String ASSOCIACAO = "execucaoId";
    static final String SEM_PROGRESSO = "download-sem-progresso";

    private static final Logger log = LoggerFactory.getLogger(DownloadSaga.class);

    private ExecucaoDownloadId execucaoId;
    private TenantId tenantId;
    private String prazo;

    @StartSaga
    @SagaEventHandler(associationProperty = ASSOCIACAO)
    void on(ExecucaoDownloadIniciada evento, DeadlineManager deadlines, PrazosDeDownload prazos) {
        execucaoId = evento.execucaoId();
        tenantId = evento.tenantId();
        agendar(deadlines, prazos);
    }

    @SagaEventHandler(associationProperty = ASSOCIACAO)
    void on(ClienteDownloadConcluido evento, DeadlineManager deadlines, PrazosDeDownload prazos) {
        cancelarPrazo(deadlines);
        agendar(deadlines, prazos);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIACAO)
    void on(ExecucaoDownloadConcluida evento, DeadlineManager deadlines) {
        cancelarPrazo(deadlines);
    }

    /** The close is retried at the next deadline if it fails now (the command side down, say). */
    @DeadlineHandler(deadlineName = SEM_PROGRESSO)
    void on(SemProgresso prazoVencido, CommandGateway commandGateway, DeadlineManager deadlines,
            PrazosDeDownload prazos) {
        log.warn("Execução de download {} sem progresso; encerrando como expirada", execucaoId);
        agendar(deadlines, prazos);
        commandGateway.send(new ConcluirExecucaoDownloadCommand(execucaoId, tenantId))
                .exceptionally(falha -> {
                    log.error("Execução de download {} não pôde ser encerrada", execucaoId, falha);
                    return null;
                });
    }

    private void agendar(DeadlineManager deadlines, PrazosDeDownload prazos) {
        prazo = deadlines.schedule(prazos.semProgresso(), SEM_PROGRESSO, new SemProgresso(execucaoId));
    }

    /** A deadline that already fired or was lost is nothing to cancel; some stores throw for it. */
    private void cancelarPrazo(DeadlineManager deadlines) {
        if (prazo == null) {
            return;
        }
        try {
            deadlines.cancelSchedule(SEM_PROGRESSO, prazo);
        } catch (RuntimeException e) {
            log.debug("Prazo {} da execução {} já não existia", prazo, execucaoId);
        }
        prazo = null;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processador {

        @Autowired
        void registrar(EventProcessingConfigurer configurer) {
            ProcessadoresDasPoliticas.registrar(configurer, GRUPO);
        }
    }
}
