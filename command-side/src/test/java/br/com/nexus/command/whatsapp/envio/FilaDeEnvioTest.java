package br.com.nexus.command.whatsapp.envio;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.nexus.command.whatsapp.BancoWhatsappDeTeste;
import br.com.nexus.command.whatsapp.RegrasDeRitmo;
import br.com.nexus.command.whatsapp.envio.FilaDeEnvio.Reivindicacao;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class FilaDeEnvioTest {

    /** 10:00 in São Paulo. */
    private static final Instant AGORA = Instant.parse("2026-03-10T13:00:00Z");
    private static final Duration PAUSA = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc = BancoWhatsappDeTeste.jdbcTemplate();
    private final FilaDeEnvio fila = new FilaDeEnvio(jdbc, BancoWhatsappDeTeste.transactionManager());
    private final TenantId tenant = TenantId.novo();
    private final RitmoDeEnvio ritmo = new RitmoDeEnvio(new RegrasDeRitmo(Duration.ofSeconds(30),
            Duration.ofSeconds(90), 0, PAUSA, LocalTime.of(8, 0), LocalTime.of(20, 0),
            ZoneId.of("America/Sao_Paulo"), Duration.ofSeconds(2)), SorteioFixo.minimo());

    private DisparoId solicitar(Instant quando) {
        DisparoId disparoId = DisparoId.novo();
        fila.registrarSolicitacao(new DisparoSolicitado(disparoId, tenant, BoletoId.novo(), ClienteId.novo(),
                "5511987654321", "Olá", null), quando);
        return disparoId;
    }

    @Test
    void eventoRepetidoNaoAgendaDuasVezes() {
        DisparoId disparoId = DisparoId.novo();
        DisparoSolicitado evento = new DisparoSolicitado(disparoId, tenant, BoletoId.novo(), ClienteId.novo(),
                "5511987654321", "Olá", null);

        fila.registrarSolicitacao(evento, AGORA);
        fila.registrarSolicitacao(evento, AGORA.plusSeconds(5));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM whatsapp_envio WHERE disparo_id = ?", Integer.class,
                disparoId.valor())).isEqualTo(1);
        assertThat(fila.reivindicar(tenant, AGORA, ritmo, PAUSA)).hasSize(1);
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(60), ritmo, PAUSA)).isEmpty();
    }

    @Test
    void umEnvioPorVezNoRitmoDaEmpresa() {
        DisparoId primeiro = solicitar(AGORA.minusSeconds(2));
        DisparoId segundo = solicitar(AGORA.minusSeconds(1));

        List<Reivindicacao> agora = fila.reivindicar(tenant, AGORA, ritmo, PAUSA);
        List<Reivindicacao> logoDepois = fila.reivindicar(tenant, AGORA.plusSeconds(29), ritmo, PAUSA);
        List<Reivindicacao> aposIntervalo = fila.reivindicar(tenant, AGORA.plusSeconds(30), ritmo, PAUSA);

        assertThat(agora).extracting(r -> r.disparo().disparoId()).containsExactly(primeiro);
        assertThat(agora.get(0).digitacao()).isEqualTo(Duration.ofSeconds(1));
        assertThat(logoDepois).isEmpty();
        assertThat(aposIntervalo).extracting(r -> r.disparo().disparoId()).containsExactly(segundo);
        assertThat(fila.estado(primeiro, 1)).contains(FilaDeEnvio.ENVIANDO);
    }

    @Test
    void foraDaJanelaNadaSaiEOProximoEnvioFicaParaAAbertura() {
        solicitar(AGORA);
        Instant noite = Instant.parse("2026-03-10T23:30:00Z");

        assertThat(fila.reivindicar(tenant, noite, ritmo, PAUSA)).isEmpty();

        Instant proximo = jdbc.queryForObject("SELECT proximo_envio_em FROM whatsapp_ritmo WHERE tenant_id = ?",
                Timestamp.class, tenant.valor()).toInstant();
        assertThat(proximo).isEqualTo(Instant.parse("2026-03-11T11:00:00Z"));
        assertThat(fila.reivindicar(tenant, proximo, ritmo, PAUSA)).hasSize(1);
    }

    @Test
    void tentativaAgendadaParaDepoisNaoSaiAntes() {
        DisparoId disparoId = DisparoId.novo();
        fila.registrarSolicitacao(new DisparoSolicitado(disparoId, tenant, null, null, "5511987654321", "Olá", null),
                AGORA);
        jdbc.update("UPDATE whatsapp_envio SET estado = 'FALHOU' WHERE disparo_id = ?", disparoId.valor());
        fila.agendarTentativa(disparoId, tenant, 2, AGORA.plusSeconds(120));
        fila.agendarTentativa(disparoId, tenant, 2, AGORA.plusSeconds(5));

        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(60), ritmo, PAUSA)).isEmpty();
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(120), ritmo, PAUSA))
                .singleElement().satisfies(r -> assertThat(r.tentativa()).isEqualTo(2));
    }

    @Test
    void abandonoNaoEsperaORitmo() {
        solicitar(AGORA);
        assertThat(fila.reivindicar(tenant, AGORA, ritmo, PAUSA)).hasSize(1);
        DisparoId esgotado = solicitar(AGORA);
        jdbc.update("UPDATE whatsapp_envio SET estado = 'FALHOU' WHERE disparo_id = ?", esgotado.valor());
        fila.agendarAbandono(esgotado, tenant, 6, AGORA);

        List<Reivindicacao> reivindicadas = fila.reivindicar(tenant, AGORA.plusSeconds(1), ritmo, PAUSA);

        assertThat(reivindicadas).singleElement().satisfies(r -> {
            assertThat(r.abandonar()).isTrue();
            assertThat(r.disparo().disparoId()).isEqualTo(esgotado);
        });
    }

    @Test
    void tenantAtendidoPorOutroNoEhPulado() throws Exception {
        solicitar(AGORA);
        fila.reivindicar(tenant, AGORA.minusSeconds(3600), ritmo, PAUSA);
        CountDownLatch travado = new CountDownLatch(1);
        CountDownLatch liberar = new CountDownLatch(1);
        CompletableFuture<Void> outroNo = CompletableFuture.runAsync(() ->
                new TransactionTemplate(BancoWhatsappDeTeste.transactionManager()).executeWithoutResult(s -> {
                    jdbc.queryForList("SELECT tenant_id FROM whatsapp_ritmo WHERE tenant_id = ? FOR UPDATE",
                            tenant.valor());
                    travado.countDown();
                    try {
                        liberar.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(travado.await(10, TimeUnit.SECONDS)).isTrue();

        List<Reivindicacao> enquantoTravado = fila.reivindicar(tenant, AGORA, ritmo, PAUSA);
        liberar.countDown();
        outroNo.get(10, TimeUnit.SECONDS);

        assertThat(enquantoTravado).isEmpty();
        assertThat(fila.reivindicar(tenant, AGORA, ritmo, PAUSA)).hasSize(1);
    }

    @Test
    void envioNaoConcluidoVoltaParaAFilaOuAparecaComoInterrompido() {
        DisparoId disparoId = solicitar(AGORA);
        Reivindicacao reivindicada = fila.reivindicar(tenant, AGORA, ritmo, PAUSA).get(0);

        assertThat(fila.interrompidas(AGORA.plusSeconds(1)))
                .anySatisfy(r -> assertThat(r.disparo().disparoId()).isEqualTo(disparoId));
        assertThat(fila.interrompidas(AGORA)).noneSatisfy(r -> assertThat(r.disparo().disparoId()).isEqualTo(disparoId));

        fila.devolver(reivindicada, AGORA.plusSeconds(300), "integração não configurada");

        assertThat(fila.estado(disparoId, 1)).contains(FilaDeEnvio.PENDENTE);
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(299), ritmo, PAUSA)).isEmpty();
        assertThat(fila.reivindicar(tenant, AGORA.plusSeconds(300), ritmo, PAUSA)).hasSize(1);
    }

    @Test
    void cancelarPendentesTiraDaFila() {
        DisparoId disparoId = solicitar(AGORA);

        fila.cancelarPendentes(disparoId, "abandonado");

        assertThat(fila.estado(disparoId, 1)).contains(FilaDeEnvio.CANCELADO);
        assertThat(fila.reivindicar(tenant, AGORA, ritmo, PAUSA)).isEmpty();
    }

    @Test
    void envioRegistradoGuardaOIdDaMensagem() {
        DisparoId disparoId = solicitar(AGORA);
        Reivindicacao reivindicada = fila.reivindicar(tenant, AGORA, ritmo, PAUSA).get(0);

        fila.registrarEnviado(reivindicada, "3EB0ABC", "5511987654321@s.whatsapp.net", AGORA.plusSeconds(2));

        assertThat(fila.estado(disparoId, 1)).contains(FilaDeEnvio.ENVIADO);
        assertThat(jdbc.queryForObject("SELECT disparo_id FROM whatsapp_mensagem WHERE tenant_id = ? AND message_id = ?",
                UUID.class, tenant.valor(), "3EB0ABC")).isEqualTo(disparoId.valor());
    }
}
