package br.com.nexus.command.portal;

import br.com.nexus.command.portal.ExecucoesNoBanco.Situacao;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Hands each started run to the browser workers, once: the run moves from PENDENTE to
 * EM_ANDAMENTO in the transaction that handles the event, and the work starts only after that
 * commits, so a redelivered event finds it already moved and starts nothing. A concluded run is
 * marked as such, which lets the tenant start the next one.
 */
@Component
@ProcessingGroup(InicioDeExecucoes.GRUPO)
@DisallowReplay
class InicioDeExecucoes {

    static final String GRUPO = "portal-download";

    private final ExecucoesNoBanco execucoes;
    private final ExecutorDeDownloads executor;

    InicioDeExecucoes(ExecucoesNoBanco execucoes, ExecutorDeDownloads executor) {
        this.execucoes = execucoes;
        this.executor = executor;
    }

    @EventHandler
    void on(ExecucaoDownloadIniciada evento, @Timestamp Instant quando) {
        if (execucoes.mudar(evento.execucaoId(), Situacao.PENDENTE, Situacao.EM_ANDAMENTO, quando)) {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(uow -> executor.executar(evento.execucaoId()));
            } else {
                executor.executar(evento.execucaoId());
            }
        }
    }

    @EventHandler
    void on(ExecucaoDownloadConcluida evento, @Timestamp Instant quando) {
        execucoes.encerrar(evento.execucaoId(), Situacao.valueOf(evento.situacao().name()), quando);
    }
}
