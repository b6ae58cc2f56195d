package br.com.nexus.app.demo.semeadura;

import br.com.nexus.app.demo.semeadura.CarteiraDaDemo.Carteira;
import br.com.nexus.app.seguranca.UsuariosDeDemonstracao.EmpresaDeDemonstracao;
import br.com.nexus.command.pagamento.provedor.EmissaoDeCobrancas;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Opens one Asaas charge for a demo boleto, as an operator would with {@code POST /api/pagamentos/cobrancas};
 * the Asaas simulator pays it moments later through our webhook, so a newcomer sees money arrive and the
 * boleto's collection end. The WhatsApp messages and the overdue marks need no help: the CobrancaSaga
 * sends each boleto's régua steps by itself.
 */
@Component
@Profile("demo")
class CobrancaAsaasDaDemo {

    private static final Logger log = LoggerFactory.getLogger(CobrancaAsaasDaDemo.class);

    private final EmissaoDeCobrancas cobrancas;

    CobrancaAsaasDaDemo(EmissaoDeCobrancas cobrancas) {
        this.cobrancas = cobrancas;
    }

    void abrir(EmpresaDeDemonstracao empresa, Carteira carteira) {
        EmissaoDeCobrancas.Emitida cobranca = cobrancas.emitir(empresa.tenantId(), new EmissaoDeCobrancas.Pedido(
                Provedor.ASAAS, carteira.aCobrar(), null, MetodoPagamento.BOLETO, null, null, null, null));
        log.info("Demo: Asaas charge {} of boleto {} opened (pagamento {}) (SIMULADO)",
                cobranca.cobranca().referenciaExterna(), carteira.aCobrar(), cobranca.pagamentoId());
    }
}
