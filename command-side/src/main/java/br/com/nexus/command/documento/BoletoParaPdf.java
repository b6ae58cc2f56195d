package br.com.nexus.command.documento;

import br.com.nexus.kernel.comum.CodigoBarras;
import br.com.nexus.kernel.comum.Dinheiro;
import br.com.nexus.kernel.comum.LinhaDigitavel;
import java.time.LocalDate;
import java.time.YearMonth;

/** Everything printed on a boleto's PDF. */
public record BoletoParaPdf(
        Beneficiario beneficiario,
        Pagador pagador,
        String nossoNumero,
        LinhaDigitavel linhaDigitavel,
        CodigoBarras codigoBarras,
        Dinheiro valor,
        LocalDate vencimento,
        LocalDate dataDocumento,
        Integer parcela,
        YearMonth referencia,
        String descricao) {
}
