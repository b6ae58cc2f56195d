package br.com.nexus.query.disparo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.consulta.disparo.AcompanharDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.DisparoResumo;
import br.com.nexus.kernel.consulta.disparo.EstadoDosEnvios;
import br.com.nexus.kernel.consulta.disparo.ListarDisparosQuery;
import br.com.nexus.kernel.consulta.disparo.PaginaDeDisparos;
import br.com.nexus.kernel.consulta.disparo.ProgressoDisparos;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEntregue;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoLido;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.disparo.EnviosWhatsappPausados;
import br.com.nexus.kernel.disparo.EnviosWhatsappRetomados;
import br.com.nexus.kernel.disparo.SituacaoDosEnvios;
import br.com.nexus.kernel.disparo.StatusDisparo;
import br.com.nexus.query.teste.BancoDeTeste;
import br.com.nexus.query.teste.Historia;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.Test;

class DisparosProjectionTest {

    private final SimpleQueryUpdateEmitter atualizacoes = SimpleQueryUpdateEmitter.builder().build();
    private final DisparosProjection projecao = new DisparosProjection(BancoDeTeste.jdbc(), atualizacoes);
    private final Historia historia = new Historia();
    private final TenantId tenant = TenantId.novo();
    private final BoletoId boleto = BoletoId.novo();
    private final ClienteId cliente = ClienteId.novo();

    @Test
    void falhaDeUmaTentativaFicaComoUltimoErroAteOutraSair() {
        DisparoId disparo = solicitar();
        historia.avancar(Duration.ofMinutes(1));
        historia.aplicar(disparo, new DisparoFalhou(disparo, tenant, "Connection Closed", 1, true), projecao);

        assertThat(listar(null).items().get(0).ultimoErro()).isEqualTo("Connection Closed");
    }

    @Test
    void registraTentativasFalhaEnvioEntregaELeitura() {
        DisparoId disparo = solicitar();
        historia.avancar(Duration.ofMinutes(1));
        historia.aplicar(disparo, new DisparoFalhou(disparo, tenant, "Connection Closed", 1, true), projecao);
        historia.avancar(Duration.ofMinutes(2));
        Instant envio = historia.agora();
        historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "3EB0ABC", 2), projecao);
        historia.avancar(Duration.ofMinutes(1));
        historia.aplicar(disparo, new DisparoEntregue(disparo, tenant), projecao);
        historia.avancar(Duration.ofMinutes(10));
        historia.aplicar(disparo, new DisparoLido(disparo, tenant), projecao);

        DisparoResumo resumo = listar(null).items().get(0);

        assertThat(resumo.status()).isEqualTo(StatusDisparo.LIDO);
        assertThat(resumo.tentativas()).isEqualTo(2);
        assertThat(resumo.ultimoErro()).as("a failure a later attempt overcame is no longer the dispatch's error")
                .isNull();
        assertThat(resumo.providerMessageId()).isEqualTo("3EB0ABC");
        assertThat(resumo.enviadoEm()).isEqualTo(envio);
        assertThat(resumo.lidoEm()).isEqualTo(historia.agora());
        assertThat(resumo.boletoId()).isEqualTo(boleto);
    }

    @Test
    void abandonadoGuardaOMotivo() {
        DisparoId disparo = solicitar();
        historia.aplicar(disparo, new DisparoFalhou(disparo, tenant, "numero_sem_whatsapp", 1, false), projecao);
        historia.aplicar(disparo, new DisparoAbandonado(disparo, tenant, "numero_sem_whatsapp"), projecao);

        assertThat(listar(StatusDisparo.ABANDONADO).items()).extracting(DisparoResumo::ultimoErro)
                .containsExactly("numero_sem_whatsapp");
        assertThat(listar(StatusDisparo.FALHOU).total()).isZero();
    }

    @Test
    void mesmoEventoDuasVezesNaoMudaNada() {
        DisparoId disparo = solicitar();
        DomainEventMessage<?> envio = historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "M1", 1), projecao);
        historia.aplicar(disparo, new DisparoEntregue(disparo, tenant), projecao);
        DisparoResumo antes = listar(null).items().get(0);

        historia.avancar(Duration.ofHours(1));
        Historia.reaplicar(envio, projecao);

        assertThat(listar(null).items().get(0)).isEqualTo(antes);
        assertThat(antes.status()).isEqualTo(StatusDisparo.ENTREGUE);
    }

    @Test
    void filtraPorBoletoEClienteSemVazarOutroTenant() {
        solicitar();
        DisparoId outro = DisparoId.novo();
        historia.aplicar(outro, new DisparoSolicitado(outro, tenant, BoletoId.novo(), ClienteId.novo(), "5511", "x",
                null), projecao);
        DisparoId alheio = DisparoId.novo();
        historia.aplicar(alheio, new DisparoSolicitado(alheio, TenantId.novo(), boleto, cliente, "5511", "x", null),
                projecao);

        PaginaDeDisparos doBoleto = projecao.handle(new ListarDisparosQuery(tenant, null, boleto, null, null, null, null,
                0, 10));
        PaginaDeDisparos doCliente = projecao.handle(new ListarDisparosQuery(tenant, null, null, cliente, null, null,
                null, 0, 10));

        assertThat(doBoleto.total()).isEqualTo(1);
        assertThat(doCliente.total()).isEqualTo(1);
        assertThat(listar(null).total()).isEqualTo(2);
    }

    @Test
    void avisaQuemAcompanhaACampanhaACadaMudanca() {
        solicitar();
        historia.avancar(Duration.ofMinutes(1));
        AcompanharDisparosQuery campanha = new AcompanharDisparosQuery(tenant, historia.agora());
        List<ProgressoDisparos> recebidos = acompanhar(campanha);

        DisparoId disparo = solicitar();
        historia.aplicar(disparo, new DisparoEnviado(disparo, tenant, "M1", 1), projecao);
        DisparoId alheio = DisparoId.novo();
        historia.aplicar(alheio, new DisparoSolicitado(alheio, TenantId.novo(), boleto, cliente, "5511", "x", null),
                projecao);

        assertThat(recebidos).extracting(ProgressoDisparos::total, ProgressoDisparos::pendentes,
                ProgressoDisparos::concluidos).containsExactly(tuple(1L, 1L, 0L), tuple(1L, 0L, 1L));
        assertThat(recebidos.get(1).percentual()).isEqualByComparingTo("100.00");
        assertThat(projecao.handle(campanha).total()).as("o disparo anterior à campanha fica de fora").isEqualTo(1);
    }

    @Test
    void pausaERetomadaDosEnviosChegamAQuemAcompanha() {
        solicitar();
        AcompanharDisparosQuery campanha = new AcompanharDisparosQuery(tenant, historia.agora().minusSeconds(60));
        EstadoDosEnvios antes = projecao.handle(campanha).envios();
        List<ProgressoDisparos> recebidos = acompanhar(campanha);
        Instant pausa = historia.agora().plusSeconds(10);
        Instant retomada = pausa.plusSeconds(300);

        projecao.on(new EnviosWhatsappPausados(tenant, "instancia_desconectada: instância desconectada (estado close)",
                pausa));
        projecao.on(new EnviosWhatsappPausados(TenantId.novo(), "de outra empresa", pausa));
        projecao.on(new EnviosWhatsappRetomados(tenant, "instância reconectada (connection.update open)", retomada));

        assertThat(antes).isEqualTo(EstadoDosEnvios.NUNCA_PAUSADO);
        assertThat(recebidos).extracting(p -> p.envios().situacao(), p -> p.envios().desde(), ProgressoDisparos::total)
                .containsExactly(tuple(SituacaoDosEnvios.PAUSADO, pausa, 1L), tuple(SituacaoDosEnvios.ATIVO, retomada, 1L));
        assertThat(recebidos.get(0).envios().motivo()).startsWith("instancia_desconectada");
    }

    @Test
    void pausaRepetidaOuAtrasadaNaoMudaNemAvisa() {
        Instant pausa = historia.agora();
        Instant retomada = pausa.plusSeconds(60);
        EnviosWhatsappPausados pausados = new EnviosWhatsappPausados(tenant, "instancia_sem_resposta: 3 tentativas",
                pausa);
        projecao.on(pausados);
        projecao.on(new EnviosWhatsappRetomados(tenant, "envio de teste saiu", retomada));
        AcompanharDisparosQuery campanha = new AcompanharDisparosQuery(tenant, pausa.minusSeconds(60));
        List<ProgressoDisparos> recebidos = acompanhar(campanha);

        projecao.on(pausados);
        projecao.on(new EnviosWhatsappRetomados(tenant, "envio de teste saiu", retomada));

        assertThat(recebidos).isEmpty();
        assertThat(projecao.handle(campanha).envios())
                .isEqualTo(new EstadoDosEnvios(SituacaoDosEnvios.ATIVO, "envio de teste saiu", retomada));
    }

    private List<ProgressoDisparos> acompanhar(AcompanharDisparosQuery consulta) {
        var mensagem = new GenericSubscriptionQueryMessage<>(consulta,
                ResponseTypes.instanceOf(ProgressoDisparos.class), ResponseTypes.instanceOf(ProgressoDisparos.class));
        UpdateHandlerRegistration<Object> registro = atualizacoes.registerUpdateHandler(mensagem, 16);
        List<ProgressoDisparos> recebidos = new CopyOnWriteArrayList<>();
        registro.getUpdates().subscribe(u -> recebidos.add((ProgressoDisparos) u.getPayload()));
        return recebidos;
    }

    private DisparoId solicitar() {
        DisparoId disparo = DisparoId.novo();
        historia.aplicar(disparo, new DisparoSolicitado(disparo, tenant, boleto, cliente, "5511987654321", "Olá", null),
                projecao);
        return disparo;
    }

    private PaginaDeDisparos listar(StatusDisparo status) {
        return projecao.handle(new ListarDisparosQuery(tenant, status, null, null, null, null, null, 0, 50));
    }
}
