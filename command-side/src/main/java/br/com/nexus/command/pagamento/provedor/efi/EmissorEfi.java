package br.com.nexus.command.pagamento.provedor.efi;

import br.com.nexus.command.integracao.Integracao;
import br.com.nexus.command.integracao.IntegracaoRepository;
import br.com.nexus.command.pagamento.provedor.EmissorDeCobranca;
import br.com.nexus.kernel.comum.DomainException;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.Provedor;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Registers an expected Efí PIX by its txid. The charge itself (the cob) is created at Efí with
 * that txid by whoever holds the tenant's Efí certificate; what matters here is that the PIX
 * webhook finds this Pagamento by it. Without a txid of the caller's, the Pagamento id without
 * dashes is used: 32 alphanumerics, inside the 26–35 that Efí accepts for a txid.
 */
@Component
class EmissorEfi implements EmissorDeCobranca {

    private static final Pattern TXID = Pattern.compile("[A-Za-z0-9]{1,35}");

    private final IntegracaoRepository integracoes;

    EmissorEfi(IntegracaoRepository integracoes) {
        this.integracoes = integracoes;
    }

    @Override
    public Provedor provedor() {
        return Provedor.EFI;
    }

    @Override
    public CobrancaEmitida emitir(Pedido pedido) {
        if (pedido.metodo() != MetodoPagamento.PIX) {
            throw DomainException.invalido("METODO_NAO_SUPORTADO", "Cobranças Efí são por PIX");
        }
        Integracao integracao = integracoes.buscar(pedido.tenant(), EfiIntegracao.TIPO)
                .orElseThrow(() -> DomainException.regraViolada("INTEGRACAO_NAO_CONFIGURADA",
                        "Configure a Efí em PUT /api/integracoes/efi antes de registrar cobranças PIX"));
        String txid = pedido.txid() != null ? pedido.txid() : pedido.pagamentoId().toString().replace("-", "");
        if (!TXID.matcher(txid).matches()) {
            throw DomainException.invalido("TXID_INVALIDO", "txid deve ter de 1 a 35 letras ou dígitos");
        }
        return new CobrancaEmitida(txid, null, null, null, null, null,
                integracao.config(EfiIntegracao.CHAVE_PIX).orElse(null));
    }
}
