package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.demo.semeadura.CarteiraDaDemo.Carteira;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import br.com.nexus.command.pagamento.provedor.EmissaoDeCobrancas;
import br.com.nexus.kernel.boleto.MarcarBoletoVencidoCommand;
import br.com.nexus.kernel.disparo.DisparoId;
import br.com.nexus.kernel.disparo.ResultadoSolicitacaoDisparo;
import br.com.nexus.kernel.disparo.SolicitarDisparoDeBoletoCommand;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the CobrancaSaga will do by itself once it is live, asked for by hand so that a newcomer
 * sees the demo move within a minute: the past-due boletos are marked overdue, one boleto is sent
 * over WhatsApp (sent, delivered and read through the Evolution simulator) and one is charged at
 * Asaas (paid through the Asaas simulator's webhook).
 *
 * <p>Temporary: delete this class and its one call in {@link SemeaduraDaDemo} when the saga dunns
 * every registered boleto by the tenant's régua.
 */
@Component
@Profile("demo")
class GatilhosAteACobrancaSaga {

    private static final Logger log = LoggerFactory.getLogger(GatilhosAteACobrancaSaga.class);

    private final ComandosDaDemo comandos;
    private final EmissaoDeCobrancas cobrancas;

    GatilhosAteACobrancaSaga(ComandosDaDemo comandos, EmissaoDeCobrancas cobrancas) {
        this.comandos = comandos;
        this.cobrancas = cobrancas;
    }

    void acionar(EmpresaDeDemonstracao empresa, Carteira carteira) {
        carteira.vencidos().forEach(boleto -> comandos.enviar(empresa,
                new MarcarBoletoVencidoCommand(boleto, empresa.tenantId())));
        ResultadoSolicitacaoDisparo disparo = comandos.enviar(empresa, new SolicitarDisparoDeBoletoCommand(
                DisparoId.novo(), empresa.tenantId(), carteira.aDisparar(), null, false));
        log.info("Demo: WhatsApp dispatch {} of boleto {} requested to {}", disparo.disparoId(), carteira.aDisparar(),
                disparo.destinoMascarado());
        EmissaoDeCobrancas.Emitida cobranca = cobrancas.emitir(empresa.tenantId(), new EmissaoDeCobrancas.Pedido(
                Provedor.ASAAS, carteira.aCobrar(), null, MetodoPagamento.BOLETO, null, null, null, null));
        log.info("Demo: Asaas charge {} of boleto {} opened (pagamento {})",
                cobranca.cobranca().referenciaExterna(), carteira.aCobrar(), cobranca.pagamentoId());
    }
}
