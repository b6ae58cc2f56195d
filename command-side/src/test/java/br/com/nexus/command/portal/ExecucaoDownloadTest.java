package br.com.nexus.command.portal;

import static br.com.nexus.command.TestData.erro;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.ErrorKind;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ConcluirExecucaoDownloadCommand;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ExecucaoDownloadInterrompida;
import br.com.nexus.kernel.download.IniciarExecucaoDownloadCommand;
import br.com.nexus.kernel.download.InterromperExecucaoDownloadCommand;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.RegistrarResultadoDownloadCommand;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExecucaoDownloadTest {

    private final TenantId tenant = TenantId.novo();
    private final ExecucaoDownloadId id = ExecucaoDownloadId.novo();
    private final ClienteId ana = ClienteId.novo();
    private final ClienteId bia = ClienteId.novo();
    private final ClienteId caio = ClienteId.novo();
    private final BoletoId boleto = BoletoId.novo();
    private AggregateTestFixture<ExecucaoDownload> fixture;

    @BeforeEach
    void configurar() {
        fixture = new AggregateTestFixture<>(ExecucaoDownload.class);
    }

    @Test
    void iniciaComOTotalDeClientesEOsFiltros() {
        fixture.givenNoPriorActivity()
                .when(new IniciarExecucaoDownloadCommand(id, tenant, "17.308", 2025, 100, 3))
                .expectEvents(new ExecucaoDownloadIniciada(id, tenant, "17.308", 2025, 100, 3));
    }

    @Test
    void cadaResultadoLevaOProgressoParaABarra() {
        fixture.given(iniciada(3))
                .when(resultado(ana, ResultadoDownload.SUCESSO))
                .expectResultMessagePayload(true)
                .expectEvents(new ClienteDownloadConcluido(id, tenant, ana, ResultadoDownload.SUCESSO, null,
                        "ANA_NOVEMBRO.pdf", boleto, null, 1, 3));
    }

    @Test
    void segundoResultadoDoMesmoClienteNaoContaDuasVezes() {
        fixture.given(iniciada(3), concluido(ana, ResultadoDownload.ERRO, 1))
                .when(resultado(ana, ResultadoDownload.SUCESSO))
                .expectResultMessagePayload(true)
                .expectNoEvents();
    }

    @Test
    void resultadoAlemDoTotalERecusado() {
        fixture.given(iniciada(1), concluido(ana, ResultadoDownload.SUCESSO, 1))
                .when(resultado(bia, ResultadoDownload.SUCESSO))
                .expectException(erro(ErrorKind.REGRA_VIOLADA, "EXECUCAO_COMPLETA"))
                .expectNoEvents();
    }

    @Test
    void execucaoEncerradaRespondeQueNaoAceitaMaisParaOTrabalhadorParar() {
        fixture.given(iniciada(3), interrompida(0))
                .when(resultado(ana, ResultadoDownload.SUCESSO))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void ultimoResultadoConcluiAExecucaoComAContagem() {
        fixture.given(iniciada(3), concluido(ana, ResultadoDownload.SUCESSO, 1),
                        concluido(bia, ResultadoDownload.CPF_NAO_ENCONTRADO, 2))
                .when(new RegistrarResultadoDownloadCommand(id, tenant, caio, ResultadoDownload.SEM_BOLETO,
                        "Nada a emitir", null, null, null))
                .expectResultMessagePayload(true)
                .expectEvents(new ClienteDownloadConcluido(id, tenant, caio, ResultadoDownload.SEM_BOLETO,
                                "Nada a emitir", null, null, null, 3, 3),
                        new ExecucaoDownloadConcluida(id, tenant, SituacaoExecucaoDownload.CONCLUIDA, null, 3,
                                new ContagemDownload(1, 0, 1, 1, 0)));
    }

    @Test
    void execucaoSemClientesJaNasceConcluida() {
        fixture.givenNoPriorActivity()
                .when(new IniciarExecucaoDownloadCommand(id, tenant, null, null, null, 0))
                .expectEvents(new ExecucaoDownloadIniciada(id, tenant, null, null, null, 0),
                        new ExecucaoDownloadConcluida(id, tenant, SituacaoExecucaoDownload.CONCLUIDA, null, 0,
                                new ContagemDownload(0, 0, 0, 0, 0)));
    }

    @Test
    void interrupcaoConcluiComOMotivoEOsNaoProcessados() {
        fixture.given(iniciada(3), concluido(ana, ResultadoDownload.ERRO, 1))
                .when(new InterromperExecucaoDownloadCommand(id, tenant, MotivoInterrupcao.CAPTCHA, "CAPTCHA",
                        "/dados/captura.png"))
                .expectEvents(new ExecucaoDownloadInterrompida(id, tenant, MotivoInterrupcao.CAPTCHA, "CAPTCHA",
                                "/dados/captura.png", 1, 3),
                        new ExecucaoDownloadConcluida(id, tenant, SituacaoExecucaoDownload.INTERROMPIDA,
                                MotivoInterrupcao.CAPTCHA, 3, new ContagemDownload(0, 1, 0, 0, 2)));
    }

    @Test
    void semResultadoDeTodosEAntesDeInterromperConcluiComoExpirada() {
        fixture.given(iniciada(3), concluido(ana, ResultadoDownload.SUCESSO, 1))
                .when(new ConcluirExecucaoDownloadCommand(id, tenant))
                .expectEvents(new ExecucaoDownloadConcluida(id, tenant, SituacaoExecucaoDownload.EXPIRADA, null, 3,
                        new ContagemDownload(1, 0, 0, 0, 2)));
    }

    @Test
    void interrompeUmaVezSo() {
        fixture.given(iniciada(3), interrompida(0))
                .when(new InterromperExecucaoDownloadCommand(id, tenant, MotivoInterrupcao.BLOQUEIO, "de novo", null))
                .expectNoEvents();
    }

    @Test
    void concluirDuasVezesNaoFazNada() {
        fixture.given(iniciada(1), concluido(ana, ResultadoDownload.SUCESSO, 1),
                        new ExecucaoDownloadConcluida(id, tenant, SituacaoExecucaoDownload.CONCLUIDA, null, 1,
                                new ContagemDownload(1, 0, 0, 0, 0)))
                .when(new ConcluirExecucaoDownloadCommand(id, tenant))
                .expectNoEvents();
    }

    @Test
    void outraEmpresaNaoEnxergaAExecucao() {
        fixture.given(iniciada(3))
                .when(new RegistrarResultadoDownloadCommand(id, TenantId.novo(), ana, ResultadoDownload.SUCESSO, null,
                        null, null, null))
                .expectException(erro(ErrorKind.NAO_ENCONTRADO, "NAO_ENCONTRADO"))
                .expectNoEvents();
    }

    private ExecucaoDownloadIniciada iniciada(int total) {
        return new ExecucaoDownloadIniciada(id, tenant, null, null, null, total);
    }

    private ExecucaoDownloadInterrompida interrompida(int processados) {
        return new ExecucaoDownloadInterrompida(id, tenant, MotivoInterrupcao.CAPTCHA, "CAPTCHA", null, processados, 3);
    }

    private ClienteDownloadConcluido concluido(ClienteId cliente, ResultadoDownload resultado, int processados) {
        return new ClienteDownloadConcluido(id, tenant, cliente, resultado, null, null, null, null, processados, 3);
    }

    private RegistrarResultadoDownloadCommand resultado(ClienteId cliente, ResultadoDownload resultado) {
        return new RegistrarResultadoDownloadCommand(id, tenant, cliente, resultado, null, "ANA_NOVEMBRO.pdf", boleto,
                null);
    }
}
