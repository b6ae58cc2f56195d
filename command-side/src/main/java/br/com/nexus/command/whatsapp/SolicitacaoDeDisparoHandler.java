package br.com.nexus.command.whatsapp;

import br.com.nexus.command.comum.HistoricoDeAgregados;
import br.com.nexus.command.comum.HistoricoDeAgregados.BoletoConhecido;
import br.com.nexus.command.comum.HistoricoDeAgregados.ClienteConhecido;
import br.com.nexus.command.whatsapp.envio.PdfAguardado;
import br.com.nexus.command.whatsapp.modelo.ModeloRepository;
import br.com.nexus.command.whatsapp.modelo.Modelos;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.disparo.ResultadoSolicitacaoDisparo;
import br.com.nexus.kernel.disparo.SolicitarDisparoCommand;
import br.com.nexus.kernel.disparo.SolicitarDisparoDeBoletoCommand;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Turns "send this boleto" into a dispatch request: the destination from the cliente, the message
 * from the tenant's template (its next variant), the PDF from the boleto ({@link PdfAguardado}). It
 * runs in the command's transaction, so a refused dispatch does not advance the template's rotation
 * either.
 */
@Component
class SolicitacaoDeDisparoHandler {


    private final HistoricoDeAgregados historico;
    private final ModeloRepository modelos;
    private final ConfiguracoesEvolution configuracoes;
    private final CommandGateway commandGateway;
    private final Clock clock = Clock.systemUTC();

    SolicitacaoDeDisparoHandler(HistoricoDeAgregados historico, ModeloRepository modelos,
            ConfiguracoesEvolution configuracoes, CommandGateway commandGateway) {
        this.historico = historico;
        this.modelos = modelos;
        this.configuracoes = configuracoes;
        this.commandGateway = commandGateway;
    }

    @CommandHandler
    ResultadoSolicitacaoDisparo handle(SolicitarDisparoDeBoletoCommand comando) {
        TenantId tenant = comando.tenantId();
        BoletoConhecido boleto = historico.boleto(comando.boletoId(), tenant).orElseThrow(() ->
                DomainException.naoEncontrado("BOLETO_NAO_ENCONTRADO", "Boleto " + comando.boletoId() + " não encontrado"));
        ClienteConhecido cliente = historico.cliente(boleto.clienteId(), tenant).orElseThrow(() ->
                DomainException.naoEncontrado("CLIENTE_NAO_ENCONTRADO", "Cliente do boleto não encontrado"));
        if (cliente.inativo()) {
            throw DomainException.conflito("CLIENTE_INATIVO", "Cliente inativo não recebe cobranças");
        }
        if (cliente.optOut()) {
            throw DomainException.regraViolada("WHATSAPP_OPT_OUT", "O cliente pediu para não receber WhatsApp");
        }
        if (cliente.whatsapp() == null) {
            throw DomainException.regraViolada("CLIENTE_SEM_WHATSAPP", "O cliente não tem WhatsApp cadastrado");
        }
        Map<String, String> valores = valores(tenant, cliente, boleto);
        String anexo = PdfAguardado.anexoPara(boleto, comando.semAnexo());
        // Taking the variant locks the template's row until this command commits, and every dispatch
        // of the template waits for it: nothing else is read from here on.
        ModeloRepository.Variante variante = modelos.proximaVariante(tenant, comando.modeloId());
        String mensagem = Modelos.renderizar(variante.texto(), valores);
        commandGateway.sendAndWait(new SolicitarDisparoCommand(comando.disparoId(), tenant, comando.boletoId(),
                boleto.clienteId(), cliente.whatsapp().numero(), mensagem, anexo));
        return new ResultadoSolicitacaoDisparo(comando.disparoId(), cliente.whatsapp().mascarado(),
                variante.modeloId(), variante.indice(), anexo != null);
    }

    private Map<String, String> valores(TenantId tenant, ClienteConhecido cliente, BoletoConhecido boleto) {
        ZoneId fuso = configuracoes.doTenant(tenant).map(ConfiguracaoEvolution::ritmo).map(RegrasDeRitmo::fuso)
                .orElse(RegrasDeRitmo.PADRAO.fuso());
        return Modelos.valores(cliente.nome(), boleto.saldo(), boleto.vencimento(), boleto.linhaDigitavel(),
                boleto.descricao(), LocalDate.now(clock.withZone(fuso)));
    }
}
