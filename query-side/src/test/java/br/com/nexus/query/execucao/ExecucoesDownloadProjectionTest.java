package br.com.nexus.query.execucao;

import static br.com.nexus.query.teste.Dados.clienteCadastrado;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.execucao.AcompanharExecucaoDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.BuscarExecucaoDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.ExecucaoDownloadDetalhe;
import br.com.nexus.kernel.consulta.execucao.ExecucaoDownloadResumo;
import br.com.nexus.kernel.consulta.execucao.ListarExecucoesDownloadQuery;
import br.com.nexus.kernel.consulta.execucao.ResultadoClienteDownload;
import br.com.nexus.kernel.download.ClienteDownloadConcluido;
import br.com.nexus.kernel.download.ContagemDownload;
import br.com.nexus.kernel.download.ExecucaoDownloadConcluida;
import br.com.nexus.kernel.download.ExecucaoDownloadId;
import br.com.nexus.kernel.download.ExecucaoDownloadIniciada;
import br.com.nexus.kernel.download.ExecucaoDownloadInterrompida;
import br.com.nexus.kernel.download.MotivoInterrupcao;
import br.com.nexus.kernel.download.ResultadoDownload;
import br.com.nexus.kernel.download.SituacaoExecucaoDownload;
import br.com.nexus.query.cliente.ClientesProjection;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.Test;

class ExecucoesDownloadProjectionTest {

    private final SimpleQueryUpdateEmitter atualizacoes = SimpleQueryUpdateEmitter.builder().build();
    private final ExecucoesDownloadProjection projecao = new ExecucoesDownloadProjection(BancoDeTeste.jdbc(),
            atualizacoes);
    private final ClientesProjection clientes = new ClientesProjection(BancoDeTeste.jdbc(), SimpleQueryUpdateEmitter.builder().build());
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();
    private final ExecucaoDownloadId execucao = ExecucaoDownloadId.novo();

    @Test
    void acompanhaOProgressoEOResultadoDeCadaCliente() {
        ClienteId ana = ClienteId.novo();
        historia.aplicar(ana, clienteCadastrado(tenant, ana, "Ana Souza"), clientes);
        iniciar(3);
        BoletoId boleto = BoletoId.novo();
        historia.avancar(Duration.ofSeconds(5));
        concluir(ana, ResultadoDownload.SUCESSO, null, "ANA_SOUZA_MARCO.pdf", boleto, 1);
        historia.avancar(Duration.ofSeconds(5));
        concluir(ClienteId.novo(), ResultadoDownload.CPF_NAO_ENCONTRADO, "CPF desconhecido no portal", null, null, 2);

        ExecucaoDownloadDetalhe detalhe = detalhe();

        ExecucaoDownloadResumo resumo = detalhe.execucao();
        assertThat(resumo.total()).isEqualTo(3);
        assertThat(resumo.processados()).isEqualTo(2);
        assertThat(resumo.sucesso()).isEqualTo(1);
        assertThat(resumo.cpfNaoEncontrado()).isEqualTo(1);
        assertThat(resumo.percentual()).isEqualByComparingTo("66.67");
        assertThat(resumo.emAndamento()).isTrue();
        assertThat(resumo.pontoDeVenda()).isEqualTo("17.308");
        assertThat(detalhe.clientes()).extracting(ResultadoClienteDownload::resultado)
                .containsExactly(ResultadoDownload.SUCESSO, ResultadoDownload.CPF_NAO_ENCONTRADO);
        assertThat(detalhe.clientes().get(0).clienteNome()).isEqualTo("Ana Souza");
        assertThat(detalhe.clientes().get(0).arquivo()).isEqualTo("ANA_SOUZA_MARCO.pdf");
        assertThat(detalhe.clientes().get(0).boletoId()).isEqualTo(boleto);
    }

    @Test
    void interrupcaoEConclusaoFechamAExecucao() {
        iniciar(10);
        concluir(ClienteId.novo(), ResultadoDownload.ERRO, "timeout", null, null, 1);
        historia.aplicar(execucao, new ExecucaoDownloadInterrompida(execucao, tenant, MotivoInterrupcao.CAPTCHA,
                "O portal pediu CAPTCHA", "/data/capturas/x.png", 1, 10), projecao);
        historia.aplicar(execucao, new ExecucaoDownloadConcluida(execucao, tenant, SituacaoExecucaoDownload.INTERROMPIDA,
                MotivoInterrupcao.CAPTCHA, 10, new ContagemDownload(0, 1, 0, 0, 9)), projecao);

        ExecucaoDownloadResumo resumo = detalhe().execucao();

        assertThat(resumo.emAndamento()).isFalse();
        assertThat(resumo.situacao()).isEqualTo(SituacaoExecucaoDownload.INTERROMPIDA);
        assertThat(resumo.motivo()).isEqualTo(MotivoInterrupcao.CAPTCHA);
        assertThat(resumo.detalhe()).isEqualTo("O portal pediu CAPTCHA");
        assertThat(resumo.erro()).isEqualTo(1);
        assertThat(resumo.concluidaEm()).isEqualTo(historia.agora());
        assertThat(projecao.handle(new ListarExecucoesDownloadQuery(tenant, true, 0, 10)).total()).isZero();
        assertThat(projecao.handle(new ListarExecucoesDownloadQuery(tenant, false, 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void mesmoEventoDuasVezesNaoContaDuasVezes() {
        iniciar(2);
        DomainEventMessage<?> resultado = concluir(ClienteId.novo(), ResultadoDownload.SEM_BOLETO, null, null, null, 1);
        ExecucaoDownloadDetalhe antes = detalhe();

        Historia.reaplicar(resultado, projecao);

        assertThat(detalhe()).isEqualTo(antes);
        assertThat(antes.execucao().semBoleto()).isEqualTo(1);
    }

    @Test
    void quemAcompanhaRecebeCadaAvanco() {
        iniciar(2);
        var mensagem = new GenericSubscriptionQueryMessage<>(new AcompanharExecucaoDownloadQuery(tenant, execucao),
                ResponseTypes.optionalInstanceOf(ExecucaoDownloadResumo.class),
                ResponseTypes.instanceOf(ExecucaoDownloadResumo.class));
        UpdateHandlerRegistration<Object> registro = atualizacoes.registerUpdateHandler(mensagem, 16);
        List<ExecucaoDownloadResumo> recebidos = new CopyOnWriteArrayList<>();
        registro.getUpdates().subscribe(u -> recebidos.add((ExecucaoDownloadResumo) u.getPayload()));

        concluir(ClienteId.novo(), ResultadoDownload.SUCESSO, null, "A.pdf", BoletoId.novo(), 1);
        concluir(ClienteId.novo(), ResultadoDownload.SUCESSO, null, "B.pdf", BoletoId.novo(), 2);

        assertThat(recebidos).extracting(ExecucaoDownloadResumo::processados).containsExactly(1, 2);
        assertThat(recebidos.get(1).percentual()).isEqualByComparingTo("100.00");
    }

    @Test
    void execucaoDeOutroTenantNaoEhEncontrada() {
        iniciar(1);

        assertThat(projecao.handle(new BuscarExecucaoDownloadQuery(TenantId.novo(), execucao))).isEmpty();
    }

    private void iniciar(int total) {
        historia.aplicar(execucao, new ExecucaoDownloadIniciada(execucao, tenant, "17.308", 2026, null, total),
                projecao);
    }

    private DomainEventMessage<?> concluir(ClienteId cliente, ResultadoDownload resultado, String detalhe,
            String arquivo, BoletoId boleto, int processados) {
        return historia.aplicar(execucao, new ClienteDownloadConcluido(execucao, tenant, cliente, resultado, detalhe,
                arquivo, boleto, null, processados, detalhe().execucao().total()), projecao);
    }

    private ExecucaoDownloadDetalhe detalhe() {
        return projecao.handle(new BuscarExecucaoDownloadQuery(tenant, execucao)).orElseThrow();
    }
}
