package br.com.nexus.command.pagamento.provedor;

import br.com.nexus.command.comum.HistoricoDeAgregados.ClienteConhecido;
import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import br.com.nexus.kernel.comum.TenantId;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import java.time.LocalDate;

/** Opens a charge at one provider. Each provider contributes a bean. */
public interface EmissorDeCobranca {

    Provedor provedor();

    /** Opens the charge; the returned reference is how the provider's webhooks will name it. */
    CobrancaEmitida emitir(Pedido pedido);

    /** Best effort: withdraws a charge whose Pagamento could not be created here. */
    default void desfazer(TenantId tenant, String referenciaExterna) {
    }

    /** What to charge; {@code txid} only for PIX charges whose txid the caller chose. */
    record Pedido(TenantId tenant, PagamentoId pagamentoId, ClienteConhecido cliente, BoletoId boletoId,
                  MetodoPagamento metodo, Dinheiro valor, LocalDate vencimento, String descricao, String txid) {
    }

    /**
     * The charge as the provider opened it. The slip fields are filled only when the provider
     * issued a boleto; {@code chavePix} when the payer pays to a PIX key.
     */
    record CobrancaEmitida(String referenciaExterna, String nossoNumero, LinhaDigitavel linhaDigitavel,
                           CodigoBarras codigoBarras, String urlFatura, String urlBoleto, String chavePix) {
    }
}
