package br.com.nexus.command.whatsapp.api;

import br.com.nexus.command.whatsapp.ConfiguracoesEvolution;
import br.com.nexus.command.whatsapp.InstanciasWhatsapp;
import br.com.nexus.command.whatsapp.envio.PausaDeEnvios;
import br.com.nexus.command.whatsapp.evolution.FalhaEvolution;
import br.com.nexus.command.whatsapp.modelo.ModeloRepository;
import br.com.nexus.kernel.whatsapp.BuscarWhatsappDaEmpresaQuery;
import br.com.nexus.kernel.whatsapp.ConectarWhatsappCommand;
import br.com.nexus.kernel.whatsapp.WhatsappDaEmpresa;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The tenant's WhatsApp for whoever asks over the buses (the console, wherever it runs): the
 * instance's state and pairing code, the sending state and the templates, and pairing itself.
 */
@Component
class WhatsappDaEmpresaHandler {

    private final ConfiguracoesEvolution configuracoes;
    private final InstanciasWhatsapp instancias;
    private final PausaDeEnvios pausa;
    private final ModeloRepository modelos;
    private final ConexaoDaInstancia conexaoDaInstancia;

    WhatsappDaEmpresaHandler(ConfiguracoesEvolution configuracoes, InstanciasWhatsapp instancias, PausaDeEnvios pausa,
            ModeloRepository modelos, ConexaoDaInstancia conexaoDaInstancia) {
        this.configuracoes = configuracoes;
        this.instancias = instancias;
        this.pausa = pausa;
        this.modelos = modelos;
        this.conexaoDaInstancia = conexaoDaInstancia;
    }

    @QueryHandler
    WhatsappDaEmpresa handle(BuscarWhatsappDaEmpresaQuery consulta) {
        boolean configurado = configuracoes.doTenant(consulta.tenantId()).isPresent();
        Optional<InstanciasWhatsapp.Situacao> situacao = instancias.situacao(consulta.tenantId());
        PausaDeEnvios.Estado envios = pausa.estado(consulta.tenantId());
        return new WhatsappDaEmpresa(configurado,
                situacao.map(InstanciasWhatsapp.Situacao::instancia).orElse(null),
                situacao.map(InstanciasWhatsapp.Situacao::estado).orElse(null),
                situacao.map(InstanciasWhatsapp.Situacao::atualizadoEm).orElse(null),
                situacao.map(InstanciasWhatsapp.Situacao::qrcode).orElse(null),
                situacao.map(InstanciasWhatsapp.Situacao::qrcodeEm).orElse(null),
                envios.situacao(), envios.motivo(), envios.desde(), envios.naFila(),
                modelos.listar(consulta.tenantId()).stream()
                        .map(m -> new WhatsappDaEmpresa.Modelo(m.id(), m.nome(), m.variantes(), m.padrao()))
                        .toList());
    }

    @CommandHandler
    String handle(ConectarWhatsappCommand comando) {
        try {
            return conexaoDaInstancia.conectar(comando.tenantId()).estado().estado();
        } catch (FalhaEvolution falha) {
            throw RecusaDaEvolution.de(falha).comoErroDeDominio();
        }
    }
}
