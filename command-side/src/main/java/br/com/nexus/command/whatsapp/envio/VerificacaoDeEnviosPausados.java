package br.com.nexus.command.whatsapp.envio;

import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.EstadoConexao;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks each paused tenant's instance for its {@code connectionState}, so that a reconnection whose
 * {@code connection.update} webhook never arrived still resumes sending. Run by db-scheduler
 * ({@code WhatsappConfiguration}), once at a time across nodes.
 */
@Component
public class VerificacaoDeEnviosPausados {

    private static final Logger log = LoggerFactory.getLogger(VerificacaoDeEnviosPausados.class);

    private final PausaDeEnvios pausa;
    private final ConfiguracoesEvolution configuracoes;
    private final GatewayEvolution gateway;
    private final InstanciasWhatsapp instancias;
    private final Clock clock = Clock.systemUTC();

    VerificacaoDeEnviosPausados(PausaDeEnvios pausa, ConfiguracoesEvolution configuracoes, GatewayEvolution gateway,
            InstanciasWhatsapp instancias) {
        this.pausa = pausa;
        this.configuracoes = configuracoes;
        this.gateway = gateway;
        this.instancias = instancias;
    }

    public void verificar() {
        for (TenantId tenant : pausa.pausados()) {
            try {
                verificar(tenant);
            } catch (RuntimeException e) {
                log.debug("Paused tenant {}: instance state unknown for now ({})", tenant, e.getMessage());
            }
        }
    }

    private void verificar(TenantId tenant) {
        Optional<ConexaoEvolution> conexao = configuracoes.doTenant(tenant).flatMap(ConfiguracaoEvolution::conexao);
        if (conexao.isEmpty()) {
            return;
        }
        EstadoConexao estado = gateway.estado(conexao.get());
        Instant agora = clock.instant();
        instancias.registrarEstado(tenant, conexao.get().instancia(), estado.estado(), null, agora);
        if (estado.aberta()) {
            pausa.instanciaAberta(tenant, agora);
        }
    }
}
