package br.com.nexus.command.whatsapp.api;

import br.com.nexus.command.whatsapp.ConfiguracaoEvolution;
import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.evolution.ConexaoEvolution;
import br.com.nexus.command.whatsapp.evolution.EstadoConexao;
import br.com.nexus.command.whatsapp.evolution.GatewayEvolution;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The tenant's instance as configured, and pairing it: asks Evolution to connect and keeps the state
 * and the QR code it answered, as the webhook keeps the ones it pushes later.
 */
@Component
class ConexaoDaInstancia {

    private final ConfiguracoesEvolution configuracoes;
    private final GatewayEvolution gateway;
    private final InstanciasWhatsapp instancias;
    private final Clock clock = Clock.systemUTC();

    ConexaoDaInstancia(ConfiguracoesEvolution configuracoes, GatewayEvolution gateway, InstanciasWhatsapp instancias) {
        this.configuracoes = configuracoes;
        this.gateway = gateway;
        this.instancias = instancias;
    }

    record Conexao(String instancia, EstadoConexao estado, Instant em) {
    }

    Conexao conectar(TenantId tenantId) {
        ConfiguracaoEvolution configuracao = configuracao(tenantId);
        EstadoConexao estado = gateway.conectar(conexao(configuracao));
        Instant agora = clock.instant();
        instancias.registrarEstado(tenantId, configuracao.instancia(), estado.estado(), null, agora);
        if (!estado.aberta() && estado.qrcode() != null && estado.qrcode().base64() != null) {
            instancias.registrarQrcode(tenantId, configuracao.instancia(), estado.qrcode().base64(), agora);
        }
        return new Conexao(configuracao.instancia(), estado, agora);
    }

    ConfiguracaoEvolution configuracao(TenantId tenantId) {
        return configuracoes.doTenant(tenantId).orElseThrow(() -> DomainException.naoEncontrado(
                "INTEGRACAO_NAO_CONFIGURADA", "Configure a integração evolution em /api/integracoes/evolution"));
    }

    static ConexaoEvolution conexao(ConfiguracaoEvolution configuracao) {
        return configuracao.conexao().orElseThrow(() -> DomainException.regraViolada("INSTANCIA_NAO_CRIADA",
                "Crie a instância ou informe o segredo apiKey (token da instância)"));
    }
}
