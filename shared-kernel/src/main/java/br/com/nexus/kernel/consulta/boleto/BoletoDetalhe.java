package br.com.nexus.kernel.consulta.boleto;

import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.consulta.disparo.DisparoResumo;
import br.com.nexus.kernel.consulta.pagamento.PagamentoResumo;
import java.util.List;

/**
 * One boleto with its barcode, its PDF's fingerprint, the reason it was cancelled, its dispatches
 * and payments (oldest first), and what it has received, net of refunds ({@code valorPago}).
 */
public record BoletoDetalhe(
        BoletoResumo boleto,
        String codigoBarras,
        String pdfSha256,
        Long pdfTamanho,
        String motivoCancelamento,
        List<DisparoResumo> disparos,
        List<PagamentoResumo> pagamentos,
        Dinheiro valorPago) {
}
