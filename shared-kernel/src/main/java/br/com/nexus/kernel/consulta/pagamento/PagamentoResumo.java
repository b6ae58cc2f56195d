package br.com.nexus.kernel.consulta.pagamento;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.pagamento.MetodoPagamento;
import br.com.nexus.kernel.pagamento.PagamentoId;
import br.com.nexus.kernel.pagamento.Provedor;
import br.com.nexus.kernel.pagamento.StatusPagamento;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One payment. {@code valor} is what was expected, {@code valorPago} what arrived,
 * {@code valorEstornado} what was refunded; {@code motivo} explains a refusal or a refund.
 * Fields of an event the read model never saw are null.
 */
public record PagamentoResumo(
        PagamentoId id,
        BoletoId boletoId,
        ClienteId clienteId,
        Provedor provedor,
        String referenciaExterna,
        MetodoPagamento metodo,
        StatusPagamento status,
        Dinheiro valor,
        Dinheiro valorPago,
        Dinheiro valorEstornado,
        LocalDate dataPagamento,
        String motivo,
        Instant criadoEm,
        Instant atualizadoEm) {
}
