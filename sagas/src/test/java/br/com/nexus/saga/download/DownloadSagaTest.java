package br.com.nexus.saga.download;

import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ConcluirExecucaoDownloadCommand;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import java.time.Duration;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DownloadSagaTest {

    private static final Duration SEM_PROGRESSO = Duration.ofMinutes(15);

    private final TenantId tenant = TenantId.novo();
    private final ExecucaoDownloadId id = ExecucaoDownloadId.novo();
    private SagaTestFixture<DownloadSaga> fixture;

    @BeforeEach
    void configurar() {
        fixture = new SagaTestFixture<>(DownloadSaga.class);
        fixture.registerResource(new PrazosDeDownload(SEM_PROGRESSO));
    }

    @Test
    void execucaoIniciadaGanhaPrazoSemProgresso() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(iniciada(3))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(SEM_PROGRESSO, DownloadSaga.SEM_PROGRESSO)
                .expectNoDispatchedCommands();
    }

    @Test
    void cadaResultadoAdiaOPrazo() throws Exception {
        fixture.givenAggregate(id.toString()).published(iniciada(3))
                .andThenTimeElapses(Duration.ofMinutes(10))
                .whenAggregate(id.toString()).publishes(concluido(1, 3))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(SEM_PROGRESSO, DownloadSaga.SEM_PROGRESSO)
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(5), DownloadSaga.SEM_PROGRESSO);
    }

    @Test
    void semProgressoPeloPrazoEncerraAExecucao() {
        fixture.givenAggregate(id.toString()).published(iniciada(3), concluido(1, 3))
                .whenTimeElapses(SEM_PROGRESSO.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DownloadSaga.SEM_PROGRESSO)
                .expectDispatchedCommands(new ConcluirExecucaoDownloadCommand(id, tenant))
                .expectActiveSagas(1);
    }

    @Test
    void encerramentoQueNaoChegaETentadoDeNovoNoPrazoSeguinte() throws Exception {
        fixture.givenAggregate(id.toString()).published(iniciada(3))
                .andThenTimeElapses(SEM_PROGRESSO.plusSeconds(1))
                .whenTimeElapses(SEM_PROGRESSO.plusSeconds(1))
                .expectDispatchedCommands(new ConcluirExecucaoDownloadCommand(id, tenant));
    }

    @Test
    void execucaoConcluidaEncerraASagaESeuPrazo() {
        fixture.givenAggregate(id.toString()).published(iniciada(1), concluido(1, 1))
                .whenAggregate(id.toString()).publishes(new ExecucaoDownloadConcluida(id, tenant,
                        SituacaoExecucaoDownload.CONCLUIDA, null, 1, new ContagemDownload(1, 0, 0, 0, 0)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void eventosDeOutraExecucaoNaoAfetamEsta() {
        ExecucaoDownloadId outra = ExecucaoDownloadId.novo();
        fixture.givenAggregate(id.toString()).published(iniciada(2))
                .whenAggregate(outra.toString()).publishes(new ExecucaoDownloadConcluida(outra, tenant,
                        SituacaoExecucaoDownload.CONCLUIDA, null, 1, new ContagemDownload(1, 0, 0, 0, 0)))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    private ExecucaoDownloadIniciada iniciada(int total) {
        return new ExecucaoDownloadIniciada(id, tenant, "17.308", 2025, null, total);
    }

    private ClienteDownloadConcluido concluido(int processados, int total) {
        return new ClienteDownloadConcluido(id, tenant, ClienteId.novo(), ResultadoDownload.SUCESSO, null,
                "CLIENTE_NOVEMBRO.pdf", null, null, processados, total);
    }
}
