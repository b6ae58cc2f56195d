package br.com.nexus.command.whatsapp.envio;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.whatsapp.BancoWhatsappDeTeste;
import br.com.nexus.command.whatsapp.PausaProperties;
import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import br.com.nexus.kernel.disparo.EnviosWhatsappPausados;
import br.com.nexus.kernel.disparo.EnviosWhatsappRetomados;
import br.com.nexus.kernel.disparo.SituacaoDosEnvios;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.gateway.DefaultEventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class PausaDeEnviosTest {

    /** 10:00 in São Paulo. */
    private static final Instant AGORA = Instant.parse("2026-03-10T13:00:00Z");
    private static final Duration PAUSA_DO_RITMO = Duration.ofMinutes(10);
    private static final String FECHADA = "instancia_desconectada: instância desconectada (estado close)";
    private static final String CONEXAO_FECHADA = "gateway_indisponivel: Evolution API 400: Error: Connection Closed";

    private final JdbcTemplate jdbc = BancoWhatsappDeTeste.jdbcTemplate();
    private final FilaDeEnvio fila = new FilaDeEnvio(jdbc, BancoWhatsappDeTeste.transactionManager());
    private final List<Object> publicados = new CopyOnWriteArrayList<>();
    private final PausaDeEnvios pausa = novaPausa();
    private final TenantId tenant = TenantId.novo();
    private final RitmoDeEnvio ritmo = new RitmoDeEnvio(new RegrasDeRitmo(Duration.ofSeconds(30),
            Duration.ofSeconds(30), 0, PAUSA_DO_RITMO, LocalTime.of(8, 0), LocalTime.of(20, 0),
            ZoneId.of("America/Sao_Paulo"), Duration.ZERO), SorteioFixo.minimo());

    /** As after a restart: nothing in memory, everything read back from the database. */
    private PausaDeEnvios novaPausa() {
        EventBus eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(mensagens -> mensagens.stream().map(EventMessage::getPayload).forEach(publicados::add));
        return new PausaDeEnvios(jdbc, BancoWhatsappDeTeste.transactionManager(),
                new FilaDeEnvio(jdbc, BancoWhatsappDeTeste.transactionManager()),
                DefaultEventGateway.builder().eventBus(eventBus).build(), new PausaProperties(3, Duration.ofSeconds(30)));
    }

    private DisparoId solicitar() {
        DisparoId disparoId = DisparoId.novo();
        fila.registrarSolicitacao(new DisparoSolicitado(disparoId, tenant, BoletoId.novo(), ClienteId.novo(),
                "5511987654321", "Olá", null), AGORA);
        return disparoId;
    }

    private Reivindicacao reivindicar(Instant quando) {
        List<Reivindicacao> reivindicadas = fila.reivindicar(tenant, quando, ritmo, PAUSA_DO_RITMO);
        assertThat(reivindicadas).hasSize(1);
        return reivindicadas.get(0);
    }

    private static Resultado.SemConexao semConexao() {
        return new Resultado.SemConexao(CONEXAO_FECHADA, false);
    }

    @Test
    void instanciaFechadaPausaNaHoraEATentativaVoltaParaAFilaSemContarComoFalha() {
        DisparoId disparoId = solicitar();
        solicitar();
        Reivindicacao tentativa = reivindicar(AGORA);

        boolean pausado = pausa.semConexao(tentativa, new Resultado.SemConexao(FECHADA, true), AGORA.plusSeconds(1));

        assertThat(pausado).isTrue();
        assertThat(fila.estado(disparoId, 1)).contains(FilaDeEnvio.PENDENTE);
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(60), ritmo, PAUSA_DO_RITMO)).isEmpty();
        assertThat(fila.tenantsComTrabalho(AGORA.plusSeconds(60), 1000)).doesNotContain(tenant);
        PausaDeEnvios.Estado estado = pausa.estado(tenant);
        assertThat(estado.situacao()).isEqualTo(SituacaoDosEnvios.PAUSADO);
        assertThat(estado.motivo()).isEqualTo(FECHADA);
        assertThat(estado.desde()).isEqualTo(AGORA.plusSeconds(1));
        assertThat(estado.naFila()).isEqualTo(2);
        assertThat(publicados).containsExactly(new EnviosWhatsappPausados(tenant, FECHADA, AGORA.plusSeconds(1)));
    }

    @Test
    void conexaoQuePiscaEhFalhaComumAteAsTentativasSeguidasPausarem() {
        solicitar();
        solicitar();
        solicitar();

        boolean primeira = pausa.semConexao(reivindicar(AGORA), semConexao(), AGORA);
        boolean segunda = pausa.semConexao(reivindicar(AGORA.plusSeconds(30)), semConexao(), AGORA.plusSeconds(30));
        Reivindicacao terceira = reivindicar(AGORA.plusSeconds(60));
        boolean pausou = pausa.semConexao(terceira, semConexao(), AGORA.plusSeconds(60));

        assertThat(primeira).isFalse();
        assertThat(segunda).isFalse();
        assertThat(pausou).isTrue();
        assertThat(fila.estado(terceira.disparo().disparoId(), 1)).contains(FilaDeEnvio.PENDENTE);
        assertThat(pausa.estado(tenant).motivo()).startsWith(PausaDeEnvios.INSTANCIA_SEM_RESPOSTA + ": 3 tentativas")
                .endsWith(CONEXAO_FECHADA);
        assertThat(publicados).hasSize(1).first().isInstanceOf(EnviosWhatsappPausados.class);
    }

    @Test
    void envioQueSaiZeraAsFalhasSeguidas() {
        solicitar();
        solicitar();
        solicitar();
        pausa.semConexao(reivindicar(AGORA), semConexao(), AGORA);
        pausa.semConexao(reivindicar(AGORA.plusSeconds(30)), semConexao(), AGORA.plusSeconds(30));

        pausa.enviou(tenant, AGORA.plusSeconds(40));
        boolean depois = pausa.semConexao(reivindicar(AGORA.plusSeconds(60)), semConexao(), AGORA.plusSeconds(60));

        assertThat(depois).isFalse();
        assertThat(pausa.estado(tenant).situacao()).isEqualTo(SituacaoDosEnvios.ATIVO);
        assertThat(publicados).isEmpty();
    }

    @Test
    void pausaSobreviveAoReinicio() {
        solicitar();
        pausa.estadoInformado(tenant, "close", 401, "connection.update", AGORA);

        PausaDeEnvios depoisDoReinicio = novaPausa();

        assertThat(depoisDoReinicio.estado(tenant).situacao()).isEqualTo(SituacaoDosEnvios.PAUSADO);
        assertThat(depoisDoReinicio.pausados()).contains(tenant);
        assertThat(fila.reivindicar(tenant, AGORA, ritmo, PAUSA_DO_RITMO)).isEmpty();
    }

    @Test
    void webhookFechadoPausaUmaVezEAbertoRetomaOQueEsperava() {
        DisparoId disparoId = solicitar();
        String motivo = "instancia_desconectada: instância desconectada (connection.update close, código 428)";

        pausa.estadoInformado(tenant, "close", 428, "connection.update", AGORA);
        pausa.estadoInformado(tenant, "connecting", null, "connection.update", AGORA.plusSeconds(5));
        List<Reivindicacao> pausado = fila.reivindicar(tenant, AGORA.plusSeconds(6), ritmo, PAUSA_DO_RITMO);
        pausa.estadoInformado(tenant, "open", 200, "connection.update", AGORA.plusSeconds(10));

        assertThat(pausado).isEmpty();
        assertThat(reivindicar(AGORA.plusSeconds(11)).disparo().disparoId()).isEqualTo(disparoId);
        assertThat(pausa.estado(tenant).situacao()).isEqualTo(SituacaoDosEnvios.ATIVO);
        assertThat(pausa.estado(tenant).desde()).isEqualTo(AGORA.plusSeconds(10));
        assertThat(publicados).containsExactly(new EnviosWhatsappPausados(tenant, motivo, AGORA),
                new EnviosWhatsappRetomados(tenant, "instância reconectada (connection.update open)",
                        AGORA.plusSeconds(10)));
    }

    @Test
    void verificacaoQueEncontraAInstanciaDesconectadaAbertaRetoma() {
        solicitar();
        pausa.semConexao(reivindicar(AGORA), new Resultado.SemConexao(FECHADA, true), AGORA);

        pausa.instanciaAberta(tenant, AGORA.plusSeconds(30));

        assertThat(pausa.estado(tenant).situacao()).isEqualTo(SituacaoDosEnvios.ATIVO);
        assertThat(pausa.pausados()).doesNotContain(tenant);
        assertThat(publicados).last().isEqualTo(new EnviosWhatsappRetomados(tenant,
                "instância reconectada (connectionState open)", AGORA.plusSeconds(30)));
    }

    @Test
    void instanciaQueSeDiziaAbertaSoRetomaQuandoOEnvioDeTesteSai() {
        solicitar();
        solicitar();
        solicitar();
        solicitar();
        for (int i = 0; i < 3; i++) {
            pausa.semConexao(reivindicar(AGORA.plusSeconds(30L * i)), semConexao(), AGORA.plusSeconds(30L * i));
        }

        pausa.instanciaAberta(tenant, AGORA.plusSeconds(100));
        Reivindicacao sonda = reivindicar(AGORA.plusSeconds(120));
        List<Reivindicacao> aposASonda = fila.reivindicar(tenant, AGORA.plusSeconds(150), ritmo, PAUSA_DO_RITMO);
        PausaDeEnvios.Estado enquantoSonda = pausa.estado(tenant);
        pausa.enviou(tenant, AGORA.plusSeconds(121));

        assertThat(aposASonda).as("uma só tentativa enquanto pausado").isEmpty();
        assertThat(enquantoSonda.situacao()).isEqualTo(SituacaoDosEnvios.PAUSADO);
        assertThat(sonda.abandonar()).isFalse();
        assertThat(pausa.estado(tenant).situacao()).isEqualTo(SituacaoDosEnvios.ATIVO);
        assertThat(publicados).hasSize(2).last().isInstanceOf(EnviosWhatsappRetomados.class);
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(151), ritmo, PAUSA_DO_RITMO)).hasSize(1);
    }

    @Test
    void sondaQueTambemFalhaMantemAPausaSemNovoEvento() {
        for (int i = 0; i < 4; i++) {
            solicitar();
        }
        for (int i = 0; i < 3; i++) {
            pausa.semConexao(reivindicar(AGORA.plusSeconds(30L * i)), semConexao(), AGORA.plusSeconds(30L * i));
        }
        pausa.instanciaAberta(tenant, AGORA.plusSeconds(100));
        Reivindicacao sonda = reivindicar(AGORA.plusSeconds(120));

        boolean pausado = pausa.semConexao(sonda, semConexao(), AGORA.plusSeconds(121));

        assertThat(pausado).isTrue();
        assertThat(fila.estado(sonda.disparo().disparoId(), 1)).contains(FilaDeEnvio.PENDENTE);
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(180), ritmo, PAUSA_DO_RITMO)).isEmpty();
        assertThat(pausa.estado(tenant).naFila()).as("the first two were ordinary failures; the rest wait")
                .isEqualTo(2);
        assertThat(publicados).hasSize(1);
    }
}
