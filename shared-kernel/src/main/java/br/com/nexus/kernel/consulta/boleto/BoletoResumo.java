package br.com.nexus.kernel.consulta.boleto;

import br.com.nexus.kernel.boleto.BoletoId;
import br.com.nexus.kernel.boleto.OrigemBoleto;
import br.com.nexus.kernel.cliente.ClienteId;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.pagamento.PagamentoId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A boleto as lists show it. {@code clienteNome} is null when the cliente is unknown to the read
 * model; {@code enviado} tells whether a dispatch of it reached the gateway.
 */
public record BoletoResumo(
        BoletoId id,
        ClienteId clienteId,
        String clienteNome,
        OrigemBoleto origem,
        String nossoNumero,
        String linhaDigitavel,
        Dinheiro valor,
        LocalDate vencimento,
        Integer parcela,
        YearMonth referencia,
        String descricao,
        SituacaoBoleto situacao,
        boolean enviado,
        boolean pdfDisponivel,
        PagamentoId pagamentoId,
        Instant registradoEm,
        Instant atualizadoEm) {
}
