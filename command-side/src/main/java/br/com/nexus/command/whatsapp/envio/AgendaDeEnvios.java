package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.RegrasDeRetentativa;
import br.com.nexus.command.whatsapp.WhatsappConfiguration;
import br.com.nexus.command.whatsapp.WhatsappProperties;
import br.com.nexus.kernel.boleto.BoletoPdfAnexado;
import br.com.nexus.kernel.disparo.DisparoAbandonado;
import br.com.nexus.kernel.disparo.DisparoEnviado;
import br.com.nexus.kernel.disparo.DisparoFalhou;
import br.com.nexus.kernel.disparo.DisparoSolicitado;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * The intake of the WhatsApp gateway's outbound queue ({@link FilaDeEnvio}): the first attempt when a
 * dispatch is requested (or when the PDF it waits for is attached), the gateway's short retry when a
 * transient failure leaves attempts ({@link Retentativas}), and an abandonment once they run out.
 * Whether and when a boleto is messaged, and what follows an abandoned dispatch, are decided by
 * {@code CobrancaSaga}; this only keeps the queue. It writes rows, inside the processor's transaction
 * and keyed by dispatch and attempt, so a redelivered event schedules nothing twice; the sender does
 * the talking. Never replayed: history must not be sent again.
 */
@Component
@ProcessingGroup(AgendaDeEnvios.GRUPO)
@DisallowReplay
class AgendaDeEnvios {

    static final String GRUPO = WhatsappConfiguration.GRUPO_ENVIO;

    private final FilaDeEnvio fila;
    private final ConfiguracoesEvolution configuracoes;
    private final HistoricoDeAgregados historico;
    private final Duration esperaPdf;
    private final SinalDeEnvio sinal;
    private final RandomGenerator aleatorio = new Random();

    AgendaDeEnvios(FilaDeEnvio fila, ConfiguracoesEvolution configuracoes, HistoricoDeAgregados historico,
            SinalDeEnvio sinal, WhatsappProperties propriedades) {
        this.fila = fila;
        this.sinal = sinal;
        this.configuracoes = configuracoes;
        this.historico = historico;
        this.esperaPdf = propriedades.esperaPdf();
    }

    /**
     * A dispatch waiting for its boleto's PDF is first due when the wait ends, and brought forward
     * when the PDF is attached; the boleto is read here because the PDF may have come before this event.
     */
    @EventHandler
    void on(DisparoSolicitado evento, @Timestamp Instant quando) {
        boolean aguardaPdf = PdfAguardado.em(evento.anexo()) && historico.boleto(evento.boletoId(), evento.tenantId())
                .map(BoletoConhecido::pdfLocal).isEmpty();
        fila.registrarSolicitacao(evento, quando, aguardaPdf ? quando.plus(esperaPdf) : quando);
        sinal.avisar();
    }

    @EventHandler
    void on(BoletoPdfAnexado evento, @Timestamp Instant quando) {
        fila.anteciparPdfAguardado(evento.tenantId(), evento.boletoId(), quando);
        sinal.avisar();
    }

    @EventHandler
    void on(DisparoFalhou evento, @Timestamp Instant quando) {
        if (!evento.retentavel()) {
            fila.cancelarPendentes(evento.disparoId(), "falha definitiva");
            return;
        }
        RegrasDeRetentativa regras = configuracoes.doTenant(evento.tenantId())
                .map(ConfiguracaoEvolution::retentativa).orElse(RegrasDeRetentativa.PADRAO);
        int proxima = evento.tentativa() + 1;
        if (Retentativas.restaTentativa(regras, evento.tentativa())) {
            fila.agendarTentativa(evento.disparoId(), evento.tenantId(), proxima,
                    Retentativas.proxima(regras, evento.tentativa(), quando, aleatorio));
        } else {
            fila.agendarAbandono(evento.disparoId(), evento.tenantId(), proxima, quando);
        }
        sinal.avisar();
    }

    @EventHandler
    void on(DisparoEnviado evento) {
        fila.cancelarPendentes(evento.disparoId(), "enviado");
    }

    @EventHandler
    void on(DisparoAbandonado evento) {
        fila.cancelarPendentes(evento.disparoId(), "abandonado");
    }
}
