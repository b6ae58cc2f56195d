package br.com.nexus.command.pagamento.provedor.asaas;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.EmissorDeCobranca;
import br.com.nexus.command.pagamento.provedor.FalhaNoProvedor;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens PIX or BOLETO charges at Asaas: finds or creates the cliente's Asaas customer (kept per
 * cliente), creates the charge with our Pagamento id as externalReference and, for a boleto,
 * fetches its linha digitável.
 */
@Component
class EmissorAsaas implements EmissorDeCobranca {

    private static final Logger log = LoggerFactory.getLogger(EmissorAsaas.class);

    private final AsaasClient asaas;
    private final IntegracaoRepository integracoes;
    private final ClientesAsaas clientes;
    private final AsaasIntegracao tipo;

    EmissorAsaas(AsaasClient asaas, IntegracaoRepository integracoes, ClientesAsaas clientes, AsaasIntegracao tipo) {
        this.asaas = asaas;
        this.integracoes = integracoes;
        this.clientes = clientes;
        this.tipo = tipo;
    }

    @Override
    public Provedor provedor() {
        return Provedor.ASAAS;
    }

    @Override
    public CobrancaEmitida emitir(Pedido pedido) {
        if (pedido.metodo() != MetodoPagamento.PIX && pedido.metodo() != MetodoPagamento.BOLETO) {
            throw DomainException.invalido("METODO_NAO_SUPORTADO", "O Asaas cobra por PIX ou BOLETO");
        }
        if (pedido.vencimento() == null) {
            throw DomainException.invalido("VENCIMENTO_OBRIGATORIO", "Informe o vencimento da cobrança");
        }
        if (pedido.txid() != null) {
            throw DomainException.invalido("TXID_NAO_SUPORTADO", "txid só se aplica a cobranças Efí");
        }
        AsaasClient.Acesso acesso = acesso(pedido.tenant());
        String customer = clientes.buscar(pedido.tenant(), pedido.cliente().clienteId()).orElseGet(() -> {
            String novo = asaas.clienteDe(acesso, pedido.cliente().nome(), pedido.cliente().cpf().numero(),
                    pedido.cliente().clienteId().toString());
            clientes.guardar(pedido.tenant(), pedido.cliente().clienteId(), novo);
            return novo;
        });
        AsaasClient.CobrancaAsaas cobranca = asaas.criarCobranca(acesso, new AsaasClient.NovaCobranca(customer,
                pedido.metodo().name(), pedido.valor(), pedido.vencimento(), pedido.descricao(),
                pedido.pagamentoId().toString()));
        if (pedido.metodo() != MetodoPagamento.BOLETO) {
            return new CobrancaEmitida(cobranca.id(), null, null, null, cobranca.invoiceUrl(), null, null);
        }
        return comLinhaDigitavel(acesso, cobranca);
    }

    /**
     * The charge exists at Asaas once created, so a failure to read its linha digitável does not
     * undo it: the slip is still payable from its PDF, and the linha can be read again later.
     */
    private CobrancaEmitida comLinhaDigitavel(AsaasClient.Acesso acesso, AsaasClient.CobrancaAsaas cobranca) {
        try {
            AsaasClient.LinhaDigitavelAsaas linha = asaas.linhaDigitavel(acesso, cobranca.id());
            return new CobrancaEmitida(cobranca.id(), linha.nossoNumero(), LinhaDigitavel.of(linha.identificationField()),
                    CodigoBarras.of(linha.barCode()), cobranca.invoiceUrl(), cobranca.bankSlipUrl(), null);
        } catch (FalhaNoProvedor | DomainException e) {
            log.warn("Linha digitável of Asaas charge {} not obtained: {}", cobranca.id(), e.getMessage());
            return new CobrancaEmitida(cobranca.id(), null, null, null, cobranca.invoiceUrl(), cobranca.bankSlipUrl(),
                    null);
        }
    }

    @Override
    public void desfazer(TenantId tenant, String referenciaExterna) {
        try {
            asaas.removerCobranca(acesso(tenant), referenciaExterna);
        } catch (RuntimeException e) {
            log.error("Asaas charge {} left without a Pagamento and not removed: {}", referenciaExterna, e.getMessage());
        }
    }

    private AsaasClient.Acesso acesso(TenantId tenant) {
        Integracao integracao = integracoes.buscar(tenant, AsaasIntegracao.TIPO)
                .orElseThrow(() -> DomainException.regraViolada("INTEGRACAO_NAO_CONFIGURADA",
                        "Configure o Asaas em PUT /api/integracoes/asaas antes de emitir cobranças"));
        return tipo.acesso(integracao);
    }
}
